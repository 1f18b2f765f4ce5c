import type { DeadlineCatalogueEntry, ExtensionTier } from './deadline-catalogue';
import type { Duration } from './duration';
import { countsByArticle134 } from './period-end';
import { StatutoryPeriod, StatutoryTier } from './statutory-periods';

const text = (d: Duration | undefined) => (d ? `${d.amount} ${d.unit}` : 'none');
const same = (a: Duration | undefined, b: Duration | undefined) => (!a && !b) || (!!a && !!b && a.amount === b.amount && a.unit === b.unit);

/** The agency the tier names, checked against the kind the statute empowers (the agency list is data). */
function approverError(tp: string, tier: ExtensionTier, statute: StatutoryTier, agencyKind: (code: string) => string | undefined): string | null {
  if (statute.approver === 'TASK_AGENCY')
    return tier.approverAgency === 'TASK_AGENCY'
      ? null
      : `${tp}.approverAgency (${tier.approverAgency}) must be TASK_AGENCY: the statute empowers the agency holding the period (${statute.basis})`;
  const kind = tier.approverAgency === 'TASK_AGENCY' ? undefined : agencyKind(tier.approverAgency);
  if (kind === statute.approver) return null;
  const is = tier.approverAgency === 'TASK_AGENCY' ? 'the agency holding the task' : kind ? `a ${kind} agency` : 'no active agency';
  return `${tp}.approverAgency (${tier.approverAgency}, ${is}) must be a ${statute.approver} agency (${statute.basis})`;
}

function tierError(tp: string, tier: ExtensionTier, statute: StatutoryTier, agencyKind: (code: string) => string | undefined): string | null {
  const durations: Array<[keyof StatutoryTier & keyof ExtensionTier, Duration | undefined, Duration | undefined]> = [
    ['upToTotal', tier.upToTotal, statute.upToTotal],
    ['maxPerExtension', tier.maxPerExtension, statute.maxPerExtension],
    ['requestLeadTime', tier.requestLeadTime, statute.requestLeadTime],
  ];
  for (const [field, given, fixed] of durations)
    if (!same(given, fixed)) return `${tp}.${field} (${text(given)}) must equal the statute's ${text(fixed)} (${statute.basis})`;
  if (statute.maxCount !== undefined && tier.maxCount !== statute.maxCount)
    return `${tp}.maxCount (${tier.maxCount ?? 'none'}) must equal the statute's ${statute.maxCount} (${statute.basis})`;
  if (!!tier.afterPreviousTier !== !!statute.afterPreviousTier)
    return `${tp}.afterPreviousTier must be ${!!statute.afterPreviousTier} as the statute says (${statute.basis})`;
  return approverError(tp, tier, statute, agencyKind);
}

function extensionError(
  at: string,
  e: DeadlineCatalogueEntry,
  statute: StatutoryPeriod,
  agencyKind: (code: string) => string | undefined,
): string | null {
  const fixed = statute.extension;
  if (fixed === 'NOT_FIXED') return null;
  const granted = e.extension && e.extension.maxCount > 0 ? e.extension : undefined;
  if (!fixed) return granted ? `${at}.extension: the statute allows no extension (${statute.basis})` : null;
  if (!granted) return `${at}.extension is required: the statute allows ${fixed.tiers.length} tier(s) of extension (${statute.basis})`;
  if (fixed.maxCount !== undefined && granted.maxCount !== fixed.maxCount)
    return `${at}.extension.maxCount (${granted.maxCount}) must equal the statute's ${fixed.maxCount} (${statute.basis})`;
  if (granted.tiers.length !== fixed.tiers.length)
    return `${at}.extension.tiers must be the statute's ${fixed.tiers.length} tier(s), not ${granted.tiers.length} (${statute.basis})`;
  for (const [j, tier] of granted.tiers.entries()) {
    const problem = tierError(`${at}.extension.tiers[${j}]`, tier, fixed.tiers[j], agencyKind);
    if (problem) return problem;
  }
  return null;
}

/**
 * Whether a LAW entry states exactly what its statute fixes: the period (neither shorter nor longer) and its counting
 * (`PERIOD`, checked first) and, where the statute fixes them, the extension tiers, caps, counts, lead times and the
 * kind of agency that approves (`EXTENSION`, checked once the rule is well formed). Every refusal names the path and
 * the article.
 */
export function statuteError(
  part: 'PERIOD' | 'EXTENSION',
  at: string,
  e: DeadlineCatalogueEntry,
  statute: StatutoryPeriod,
  agencyKind: (code: string) => string | undefined,
): string | null {
  if (part === 'EXTENSION') return extensionError(at, e, statute, agencyKind);
  if (!same(e.duration, statute.duration))
    return `${at}.duration (${text(e.duration)}) must equal the statute's ${text(statute.duration)} (${statute.basis})`;
  const counting = countsByArticle134(e) ? 'ART_134' : 'PLAIN';
  if (counting !== statute.counting) return `${at}.counting (${counting}) must be ${statute.counting} as the statute counts (${statute.basis})`;
  if (statute.counting === 'PLAIN' && !!e.rollOverNonWorkingDay !== !!statute.rollOverNonWorkingDay)
    return `${at}.rollOverNonWorkingDay must be ${!!statute.rollOverNonWorkingDay} as the statute says (${statute.basis})`;
  return null;
}
