import { addDuration } from './add-duration';
import { BusinessRuleViolation } from './business-rule-violation';
import type { DeadlineCatalogueEntry, ExtensionTier } from './deadline-catalogue';
import { DeadlineClock, extendedDueAt, initialDueAt, tierReach } from './deadline-clock';
import type { Duration } from './duration';
import { ErrorCode } from './error-code';
import type { TaskState } from './task-state';
import { withinExtensionCap } from './within-extension-cap';

/** A lawful extension request: which tier it falls under and the deadline it asks for. */
export interface ExtensionPlan {
  tierIndex: number;
  tier: ExtensionTier;
  requestedDueAt: number;
}

const refuse = (message: string): BusinessRuleViolation => ({ code: ErrorCode.EXTENSION_NOT_ALLOWED, message });
const iso = (ms: number) => new Date(ms).toISOString();
const describe = (d: Duration) => `${d.amount} ${d.unit}`;

/**
 * Tiers in the order of their reach, each with its index in the catalogue entry. A tier reaches its total counted
 * from the legal start; where it also bounds each extension and their number (art. 172, 240, 277) it reaches at
 * least that many full extensions past the previous tier, so a period rolled over a day off by art. 134 does not
 * eat into a lawful extension.
 */
export function tiersByReach(task: TaskState, entry: DeadlineCatalogueEntry, clock: DeadlineClock) {
  const unpaused = { ...task, pausedMs: 0 };
  let previous = initialDueAt(task.startsAt ?? task.createdAt, entry, clock);
  const tiers = (entry.extension?.tiers ?? []).map((tier, index) => {
    let reach = tierReach(unpaused, tier, entry, clock);
    if (tier.maxPerExtension && tier.maxCount !== undefined) {
      let chain = previous;
      for (let i = 0; i < tier.maxCount; i++) chain = extendedDueAt(unpaused, chain, tier.maxPerExtension, entry, clock);
      reach = Math.max(reach, chain);
    }
    previous = Math.max(previous, reach);
    return { tier, index, reach: reach + task.pausedMs };
  });
  return tiers.sort((a, b) => a.reach - b.reach);
}

/** The tier an extension belongs to: the one it was filed under, or (older records) the smallest that reaches it. */
export function tierOfExtension(task: TaskState, entry: DeadlineCatalogueEntry, clock: DeadlineClock, requestedDueAt: number, tierIndex?: number) {
  const tiers = entry.extension?.tiers ?? [];
  if (tierIndex !== undefined && tiers[tierIndex]) return { tier: tiers[tierIndex], index: tierIndex };
  return tiersByReach(task, entry, clock).find((t) => requestedDueAt <= t.reach);
}

/**
 * Whether extending the task's period by `additional` is lawful under the entry's rule, and under which tier:
 * the total count, the tier's own count, the longest single extension (on the length asked, not on the end it
 * rolls over to), the ceiling counted from the legal start
 * (time suspended excluded), "only after the previous tier" and the lead time before expiry. `exceptPending` lets a
 * pending request be checked again (after a changed charge) without counting itself.
 */
export function planExtension(
  task: TaskState,
  entry: DeadlineCatalogueEntry | undefined,
  additional: Duration,
  now: number,
  clock: DeadlineClock,
  options: { exceptPending?: string; ignoreLeadTime?: boolean } = {},
): ExtensionPlan | BusinessRuleViolation {
  const rule = entry?.extension;
  if (!entry || !rule || rule.maxCount === 0 || rule.tiers.length === 0) return refuse(`The deadline ${task.deadlineKey} cannot be extended`);
  if (task.extensions.some((e) => e.status === 'PENDING' && e.extensionId !== options.exceptPending))
    return refuse('An extension request is already waiting for a decision');
  const granted = task.extensions.filter((e) => e.status === 'APPROVED');
  if (granted.length >= rule.maxCount) return refuse(`All ${rule.maxCount} extensions allowed for ${task.deadlineKey} are used`);
  const requestedDueAt = extendedDueAt(task, task.dueAt, additional, entry, clock);
  const tiers = tiersByReach(task, entry, clock);
  const position = tiers.findIndex((t) => requestedDueAt <= t.reach);
  // The cap is on the length asked, judged before art. 134 rolls the end over a day off (withinExtensionCap).
  const overCap = (t: ExtensionTier) =>
    t.maxPerExtension !== undefined && !withinExtensionCap(additional, t.maxPerExtension, task.dueAt - task.pausedMs, entry, clock.calendar);
  const capRefusal = (t: ExtensionTier) =>
    refuse(`${t.legalBasis}: one extension may add at most ${describe(t.maxPerExtension!)}, not ${describe(additional)}`);
  const widest = tiers[tiers.length - 1].tier;
  if (position < 0 && overCap(widest)) return capRefusal(widest);
  if (position < 0)
    return refuse(
      `The requested deadline ${iso(requestedDueAt)} is beyond the legal maximum for ${task.deadlineKey} (${iso(tiers[tiers.length - 1].reach)})`,
    );
  const { tier, index } = tiers[position];
  if (tier.afterPreviousTier && position > 0 && task.dueAt < tiers[position - 1].reach)
    return refuse(`${tier.legalBasis}: this extension comes only once the period has reached ${iso(tiers[position - 1].reach)}`);
  if (tier.maxCount !== undefined) {
    const used = granted.filter((e) => tierOfExtension(task, entry, clock, e.requestedDueAt, e.tierIndex)?.index === index).length;
    if (used >= tier.maxCount) return refuse(`${tier.legalBasis}: this tier's ${tier.maxCount} extension(s) are used`);
  }
  if (overCap(tier)) return capRefusal(tier);
  if (!options.ignoreLeadTime && tier.requestLeadTime && addDuration(now, tier.requestLeadTime) > task.dueAt)
    return refuse(`This extension must be requested at least ${describe(tier.requestLeadTime)} before the deadline (${tier.legalBasis})`);
  return { tierIndex: index, tier, requestedDueAt };
}

export const isViolation = (x: ExtensionPlan | BusinessRuleViolation): x is BusinessRuleViolation => 'code' in x;
