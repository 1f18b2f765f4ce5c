// Structural shapes only: the rules are checked against the server's own in a unit spec that runs outside the browser.
interface TaskLike {
  agencyCode: string;
  assigneeId?: string | null;
  externalPartyCode?: string | null;
}
interface StepLike {
  completerRoles: readonly string[];
}
interface MeLike {
  userId: string;
  agency: { code: string };
  roles: readonly string[];
}
interface ExtensionLike {
  approverAgencyCode?: string;
  approverRoles?: string[];
}
interface TierLike {
  approverAgency?: string;
  approverRoles?: string[];
}

/** Who may act: an agency and the roles within it. */
export interface Actor {
  agencyCode: string;
  roles: readonly string[];
}

/** What the signed-in person may do on one open task, by the rules the server applies (src/domain/task-rules.ts). */
export interface TaskPermissions {
  reassign: boolean;
  clock: boolean;
  cancel: boolean;
  decideExtension: boolean;
  recordOutcome: boolean;
  /** Who decides the pending extension; absent when nothing is pending. */
  extensionDecider?: Actor;
  /** Who records the task's result (its agency, the step's roles): said when this person may not. */
  outcomeRecorder?: Actor;
}

const has = (me: MeLike, roles: readonly string[]) => roles.some((role) => me.roles.includes(role));

/**
 * The decider fixed when the extension was asked; older requests carry none: the catalogue tier's (the task's own agency
 * for 'TASK_AGENCY'), else the task's agency head.
 */
export function extensionDecider(task: TaskLike, extension: ExtensionLike, tier: TierLike | undefined): Actor {
  if (extension.approverAgencyCode && extension.approverRoles?.length)
    return { agencyCode: extension.approverAgencyCode, roles: extension.approverRoles };
  if (tier?.approverAgency && tier.approverRoles?.length) return { agencyCode: tier.approverAgency, roles: tier.approverRoles };
  return { agencyCode: task.agencyCode, roles: ['AGENCY_HEAD'] };
}

export function taskPermissions(
  me: MeLike,
  task: TaskLike,
  step: StepLike | undefined,
  pending: ExtensionLike | undefined,
  tier: TierLike | undefined,
): TaskPermissions {
  const coordinator = has(me, ['COORDINATOR']);
  const ownAgency = me.agency.code === task.agencyCode;
  const head = has(me, ['AGENCY_HEAD']);
  const decider = pending ? extensionDecider(task, pending, tier) : undefined;
  // checkComplete: the task's own agency, one of the step's roles, and not claimed by someone else (unless the head).
  const completerRoles = step?.completerRoles ?? [];
  const recordOutcome = ownAgency && has(me, completerRoles) && (!task.assigneeId || task.assigneeId === me.userId || head) && Boolean(step);
  // A counterpart's reply, or a step the standing office itself decides: the page says who records it.
  const recordedOnCasePage = Boolean(task.externalPartyCode) || completerRoles.includes('COORDINATOR');
  return {
    reassign: coordinator,
    clock: coordinator || (head && ownAgency),
    cancel: coordinator,
    decideExtension: Boolean(decider && me.agency.code === decider.agencyCode && has(me, decider.roles)),
    recordOutcome: recordedOnCasePage && recordOutcome,
    extensionDecider: decider,
    outcomeRecorder: recordedOnCasePage && !recordOutcome && step ? { agencyCode: task.agencyCode, roles: [...completerRoles] } : undefined,
  };
}
