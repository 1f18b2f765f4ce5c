import type { Schemas } from '../../api/client';

type Task = Schemas['TaskDto'];
type Step = Schemas['StepDto'];
type Duration = { amount: number; unit: string };

/** An extension request as the server describes it, with who must decide it and what the reader may do on it. */
export type PendingExtension = Schemas['ExtensionDto'];

export interface ExtensionTierView {
  upToTotal?: Duration;
  maxPerExtension?: Duration;
  maxCount?: number;
  legalBasis?: string;
  legalBasisVi?: string | null;
}

/** The task's request still waiting for a decision, if any. */
export function pendingExtension(task: Task): PendingExtension | undefined {
  return task.extensions.find((extension) => extension.status === 'PENDING');
}

/** What the catalogue allows for the request's tier: the legal maximum to hold the request against. */
export function extensionTier(task: Task, step: Step | undefined, extension: PendingExtension): ExtensionTierView | undefined {
  const entry = step?.deadlines.find((deadline) => deadline.key === task.deadlineKey) ?? step?.deadlines[0];
  const tiers = (entry?.extension as { tiers?: ExtensionTierView[] } | null | undefined)?.tiers ?? [];
  // Its limits and legal basis only: who decides is the request's `decider`, from the server.
  return tiers[extension.tierIndex ?? 0];
}

/** How many extensions of the task were granted so far. */
export function grantedExtensions(task: Task): number {
  return task.extensions.filter((extension) => extension.status === 'APPROVED').length;
}

/** Who acts on something: an agency and the roles within it (the server's `decider`, or a step's completers). */
export interface Actor {
  agencyCode: string;
  roles: readonly string[];
}
