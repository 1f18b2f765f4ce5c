import { addDuration } from './add-duration';
import type { DeadlineCatalogueEntry } from './deadline-catalogue';
import { DeadlineClock, extendedDueAt } from './deadline-clock';
import type { Duration } from './duration';
import { tierOfExtension, tiersByReach } from './extension-plan';
import type { TaskState } from './task-state';

/** The tier a new request would fall under, as an officer must know it before asking. */
export interface NextExtensionTier {
  legalBasis: string;
  /** The longest single extension, where the law bounds it. */
  maxPerExtension: Duration | null;
  /** The latest the whole period may then reach (time the clock stood still included). */
  reachAt: number;
  /**
   * The latest date THIS extension can reach: the longest single extension counted from the current deadline and
   * rolled over a day off (art. 134), within the tier's reach. What the dialog and the approval card show as the law's
   * limit; the overall ceiling is `ceilingAt`.
   */
  latestThisExtensionAt: number;
  /** Extensions this tier may grant, and how many it granted. */
  maxCount: number | null;
  used: number;
  /** The last moment a request is on time (the lead time before the current deadline), where the law sets one. */
  requestBy: number | null;
  approverAgencyCode: string;
  approverRoles: string[];
}

/** What the law still allows a task: the request dialog shows it before the officer asks. */
export interface ExtensionAllowance {
  maxCount: number;
  used: number;
  pending: boolean;
  /** The furthest any tier lets the period reach; null when the deadline cannot be extended at all. */
  ceilingAt: number | null;
  /** null: nothing is left to ask for (no rule, all used, or the period already reaches every tier). */
  next: NextExtensionTier | null;
}

const before = (dueAt: number, lead: Duration): number | null =>
  lead.unit === 'workingDays' ? null : addDuration(dueAt, { amount: -lead.amount, unit: lead.unit });

/** Mirrors planExtension's rules (count, per-tier count, reach, lead time) without judging a particular request. */
export function extensionAllowance(task: TaskState, entry: DeadlineCatalogueEntry | undefined, clock: DeadlineClock): ExtensionAllowance {
  const rule = entry?.extension;
  const granted = task.extensions.filter((e) => e.status === 'APPROVED');
  const pending = task.extensions.some((e) => e.status === 'PENDING');
  if (!entry || !rule || rule.maxCount === 0 || rule.tiers.length === 0)
    return { maxCount: 0, used: granted.length, pending, ceilingAt: null, next: null };
  const tiers = tiersByReach(task, entry, clock);
  const ceilingAt = tiers[tiers.length - 1].reach;
  const usedIn = (index: number) => granted.filter((e) => tierOfExtension(task, entry, clock, e.requestedDueAt, e.tierIndex)?.index === index).length;
  const open = granted.length < rule.maxCount;
  const found = open ? tiers.find((t) => t.reach > task.dueAt && (t.tier.maxCount === undefined || usedIn(t.index) < t.tier.maxCount)) : undefined;
  if (!found) return { maxCount: rule.maxCount, used: granted.length, pending, ceilingAt, next: null };
  const { tier, index, reach } = found;
  const latestThisExtensionAt = tier.maxPerExtension ? Math.min(reach, extendedDueAt(task, task.dueAt, tier.maxPerExtension, entry, clock)) : reach;
  return {
    maxCount: rule.maxCount,
    used: granted.length,
    pending,
    ceilingAt,
    next: {
      legalBasis: tier.legalBasis,
      maxPerExtension: tier.maxPerExtension ?? null,
      reachAt: reach,
      latestThisExtensionAt,
      maxCount: tier.maxCount ?? null,
      used: usedIn(index),
      requestBy: tier.requestLeadTime ? before(task.dueAt, tier.requestLeadTime) : null,
      approverAgencyCode: tier.approverAgency === 'TASK_AGENCY' ? (task.namedAgencyCode ?? task.agencyCode) : tier.approverAgency,
      approverRoles: [...tier.approverRoles],
    },
  };
}
