import type { Schemas } from '../../api/client';

type Task = Schemas['TaskDto'];
type Step = Schemas['StepDto'];
type Duration = { amount: number; unit: string };

export interface PendingExtension {
  extensionId: string;
  reason?: string;
  additional?: Duration;
  previousDueAt?: string;
  requestedDueAt?: string;
  requestedAt?: string;
  tierIndex?: number;
  /** Who must decide, fixed when it was asked (absent on older requests). */
  approverAgencyCode?: string;
  approverRoles?: string[];
}

export interface ExtensionTierView {
  upToTotal?: Duration;
  maxPerExtension?: Duration;
  maxCount?: number;
  approverRoles?: string[];
  approverAgency?: string;
  legalBasis?: string;
  legalBasisVi?: string | null;
}

/** The task's request still waiting for a decision, if any. */
export function pendingExtension(task: Task): PendingExtension | undefined {
  return (task.extensions as unknown as Array<PendingExtension & { status?: string }>).find((extension) => extension.status === 'PENDING');
}

/** What the catalogue allows for the request's tier: the legal maximum to hold the request against, and who decides. */
export function extensionTier(task: Task, step: Step | undefined, extension: PendingExtension): ExtensionTierView | undefined {
  const entry = step?.deadlines.find((deadline) => deadline.key === task.deadlineKey) ?? step?.deadlines[0];
  const tiers = (entry?.extension as { tiers?: ExtensionTierView[] } | null | undefined)?.tiers ?? [];
  const tier = tiers[extension.tierIndex ?? 0];
  if (!tier) return undefined;
  // 'TASK_AGENCY': the head of the agency the task was given to.
  return { ...tier, approverAgency: tier.approverAgency === 'TASK_AGENCY' ? task.agencyCode : tier.approverAgency };
}

/** How many extensions of the task were granted so far. */
export function grantedExtensions(task: Task): number {
  return (task.extensions as unknown as Array<{ status?: string }>).filter((extension) => extension.status === 'APPROVED').length;
}

/** Who may act: an agency and the roles within it. */
export interface Actor {
  agencyCode: string;
  roles: readonly string[];
}

/**
 * Who decides a pending request, to say so to those who only follow it: the decider fixed when it was asked; older
 * requests carry none: the catalogue tier's, else the task's agency head. Whether the reader may decide is the
 * server's answer (`allowedActions`), not this.
 */
export function extensionDecider(task: Task, extension: PendingExtension, tier: ExtensionTierView | undefined): Actor {
  if (extension.approverAgencyCode && extension.approverRoles?.length)
    return { agencyCode: extension.approverAgencyCode, roles: extension.approverRoles };
  if (tier?.approverAgency && tier.approverRoles?.length) return { agencyCode: tier.approverAgency, roles: tier.approverRoles };
  return { agencyCode: task.agencyCode, roles: ['AGENCY_HEAD'] };
}
