import { setHandler } from '@temporalio/workflow';
import { courtStep, procuracyStep } from '../../src/domain/prosecution/file-returns';
import { PROSECUTION_AGENCIES as AGENCY } from '../../src/domain/prosecution/prosecution-agencies';
import { CourtDecision, InvestigationConclusion, ProcuracyDecision } from '../../src/domain/prosecution/prosecution-decisions';
import type {
  CourtDecisionOutcome,
  InvestigationOutcome,
  ProcuracyDecisionOutcome,
  VerdictOutcome,
} from '../../src/domain/prosecution/prosecution-outcomes';
import {
  ReturnedBy,
  severityDeadlineKey,
  SeverityDependentPeriod,
  supplementaryInvestigationKey,
} from '../../src/domain/prosecution/prosecution-deadline-keys';
import { ProsecutionStepType as Step } from '../../src/domain/prosecution/prosecution-step-type';
import { TaskBoard } from '../human-task/task-board';
import { applyChargeChange, ChargeState } from './charge-change';
import { chargeChangedSignal } from './messages';
import type { ProsecutionInput, ProsecutionResult } from './types';

export const PROSECUTION = 'PROSECUTION';

/**
 * Điều tra → truy tố → xét xử (BLTTHS 2015 art. 164, 172, 174, 240, 277): investigation, the procuracy's decision
 * (with at most two returns for supplementary investigation), trial preparation (one return), the hearing and the
 * verdict; the victim is informed and protected and gets legal aid alongside. Periods follow the charge's severity
 * and move when the case signals a changed charge.
 */
export async function prosecutionWorkflow(input: ProsecutionInput): Promise<ProsecutionResult> {
  const board = new TaskBoard(PROSECUTION, input.caseId);
  const charge: ChargeState = { severity: input.severity };
  setHandler(chargeChangedSignal, (change) => applyChargeChange(board, charge, change));
  await board.load({ catalogueVersion: input.catalogueVersion });
  return (await board.run(() => prosecute(board, input, charge))) ?? { outcome: 'CANCELLED' };
}

async function prosecute(board: TaskBoard, input: ProsecutionInput, charge: ChargeState): Promise<ProsecutionResult> {
  // Owed whatever happens on the main line, but never holding it up; the process closes only once they are done.
  const owed: Promise<unknown>[] = [
    board.step({ stepType: Step.VICTIM_INFORMATION, agencyCode: AGENCY.investigation }),
    board.step({ stepType: Step.LEGAL_AID, agencyCode: AGENCY.legalAid }),
  ];
  const result = await mainLine(board, input, charge, owed);
  await Promise.all(owed);
  board.close('COMPLETED', { ...result });
  return result;
}

async function mainLine(board: TaskBoard, input: ProsecutionInput, charge: ChargeState, owed: Promise<unknown>[]): Promise<ProsecutionResult> {
  // The investigation period runs from the decision to prosecute (art. 172(1)), not from the border guard's
  // handover, so both run from that decision's date.
  const startsAt = input.decidedAt;
  const transfer = input.openedByBorderGuard && board.step({ stepType: Step.BORDER_TRANSFER, agencyCode: AGENCY.borderGuard, startsAt });
  const investigation = await board.step<InvestigationOutcome>({
    stepType: Step.INVESTIGATION,
    agencyCode: AGENCY.investigation,
    deadlineKey: severityDeadlineKey(SeverityDependentPeriod.INVESTIGATION, charge.severity),
    startsAt,
  });
  if (transfer) await transfer;
  const conclusion = investigation.outcome.conclusion;
  if (conclusion === InvestigationConclusion.SUSPEND) {
    // A decision on a ground of art. 229 goes to the procuracy within 2 days; conclusions typed before it had none.
    if (investigation.outcome.suspension) owed.push(board.step({ stepType: Step.SUSPENSION_NOTICE, agencyCode: investigation.agencyCode }));
    return { outcome: 'SUSPENDED' };
  }
  if (conclusion === InvestigationConclusion.DROP) return { outcome: 'NOT_PROSECUTED' };

  if ((await procuracyStage(board, charge, owed)) === ProcuracyDecision.NOT_PROSECUTE) return { outcome: 'NOT_PROSECUTED' };
  if ((await courtStage(board, charge)) === CourtDecision.SUSPEND) return { outcome: 'SUSPENDED' };

  await board.step({ stepType: Step.OPEN_HEARING, agencyCode: AGENCY.court });
  const verdict = await board.step<VerdictOutcome>({ stepType: Step.RECORD_VERDICT, agencyCode: AGENCY.court });
  return { outcome: 'VERDICT', verdict: verdict.outcome.verdict };
}

/** The procuracy decides; each decision is notified within 3 days (art. 240(2)); a return sends the file back first. */
async function procuracyStage(board: TaskBoard, charge: ChargeState, owed: Promise<unknown>[]): Promise<ProcuracyDecision> {
  for (let returns = 0; ; returns++) {
    const task = await board.step<ProcuracyDecisionOutcome>({ ...procuracyStep(returns, charge.severity), agencyCode: AGENCY.procuracy });
    owed.push(board.step({ stepType: Step.NOTIFY_DECISION, agencyCode: AGENCY.procuracy }));
    const decision = task.outcome.decision;
    if (decision !== ProcuracyDecision.RETURN_FOR_SUPPLEMENTARY) return decision;
    await supplementaryInvestigation(board, 'PROCURACY', returns + 1);
  }
}

/** The presiding judge decides to try, returns the file (once), or suspends. */
async function courtStage(board: TaskBoard, charge: ChargeState): Promise<CourtDecision> {
  for (let returns = 0; ; returns++) {
    const task = await board.step<CourtDecisionOutcome>({ ...courtStep(returns, charge.severity), agencyCode: AGENCY.court });
    const decision = task.outcome.decision;
    if (decision !== CourtDecision.RETURN_FOR_SUPPLEMENTARY) return decision;
    await supplementaryInvestigation(board, 'COURT', returns + 1);
  }
}

async function supplementaryInvestigation(board: TaskBoard, returnedBy: ReturnedBy, count: number): Promise<void> {
  board.record({ type: 'FILE_RETURNED', detail: { returnedBy, count } });
  await board.step({
    stepType: Step.SUPPLEMENTARY_INVESTIGATION,
    agencyCode: AGENCY.investigation,
    deadlineKey: supplementaryInvestigationKey(returnedBy),
  });
}
