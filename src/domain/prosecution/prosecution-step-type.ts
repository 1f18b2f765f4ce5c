/**
 * The steps of the prosecution handoff (processes.md §4.4). A step whose period does not depend on severity has a
 * catalogue entry of the same key; the others take theirs from `prosecution-deadline-keys.ts`.
 */
export enum ProsecutionStepType {
  BORDER_TRANSFER = 'PROSECUTION_BORDER_TRANSFER',
  INVESTIGATION = 'PROSECUTION_INVESTIGATION',
  SUPPLEMENTARY_INVESTIGATION = 'PROSECUTION_SUPPLEMENTARY_INVESTIGATION',
  PROCURACY_DECISION = 'PROSECUTION_PROCURACY_DECISION',
  /** The same decision once both returns the law allows the procuracy are used: returning is no longer offered. */
  PROCURACY_FINAL_DECISION = 'PROSECUTION_PROCURACY_FINAL_DECISION',
  NOTIFY_DECISION = 'PROSECUTION_NOTIFY_DECISION',
  TRIAL_PREPARATION = 'PROSECUTION_TRIAL_PREPARATION',
  /** The court's decision once its supplementary investigation is back: to try (or suspend), no second return. */
  TRIAL_DECISION_AFTER_RETURN = 'PROSECUTION_TRIAL_DECISION_AFTER_RETURN',
  OPEN_HEARING = 'PROSECUTION_OPEN_HEARING',
  RECORD_VERDICT = 'PROSECUTION_RECORD_VERDICT',
  VICTIM_INFORMATION = 'PROSECUTION_VICTIM_INFORMATION',
  LEGAL_AID = 'PROSECUTION_LEGAL_AID',
  /** The decision suspending the investigation sent to the procuracy (art. 229: within 2 days). */
  SUSPENSION_NOTICE = 'PROSECUTION_SUSPENSION_NOTICE',
}
