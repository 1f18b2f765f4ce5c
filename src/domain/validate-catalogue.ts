import { addDuration } from './add-duration';
import { AT_RISK_RATIO } from './due-state/at-risk-ratio';
import { DeadlineCatalogue, DeadlineCatalogueEntry } from './deadline-catalogue';
import { Duration, DURATION_UNITS } from './duration';
import { requiredDeadlineKeys } from './required-deadline-keys';
import { Role } from './role';
import { POLICY_PERIOD_BOUNDS } from './policy-period-bounds';
import { statuteError } from './statute-error';
import { STATUTORY_PERIODS } from './statutory-periods';

type AgencyKindOf = (code: string) => string | undefined;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function durationError(path: string, d: unknown, allowZero = false): string | null {
  if (!isObject(d)) return `${path} must be { amount, unit }`;
  const v = d as unknown as Duration;
  if (!DURATION_UNITS.includes(v.unit)) return `${path}.unit must be one of ${DURATION_UNITS.join(', ')}`;
  if (!Number.isInteger(v.amount) || v.amount < (allowZero ? 0 : 1))
    return `${path}.amount must be a ${allowZero ? 'non-negative' : 'positive'} integer`;
  return null;
}

/**
 * Durations of different units compared on the calendar: from a fixed start (31 January, so months are at their
 * shortest reading), which ends later. Good enough to order statutory minima and tier reaches.
 */
const REFERENCE = Date.UTC(2026, 0, 31);
const length = (d: Duration) => addDuration(REFERENCE, d) - REFERENCE;
const text = (d: Duration) => `${d.amount} ${d.unit}`;

function extensionError(at: string, e: DeadlineCatalogueEntry): string | null {
  const rule = e.extension as unknown;
  if (!isObject(rule)) return `${at}.extension must be { maxCount, tiers }`;
  const { maxCount, tiers } = e.extension!;
  if (!Number.isInteger(maxCount) || maxCount < 0) return `${at}.extension.maxCount must be >= 0`;
  if (!Array.isArray(tiers)) return `${at}.extension.tiers must be an array`;
  if (maxCount > 0 && tiers.length === 0) return `${at}.extension.tiers must name who may extend`;
  let previousReach = length(e.duration);
  for (const [j, t] of tiers.entries()) {
    const tp = `${at}.extension.tiers[${j}]`;
    if (!isObject(t)) return `${tp} must be an object`;
    const problem =
      durationError(`${tp}.upToTotal`, t.upToTotal) ??
      (t.requestLeadTime !== undefined ? durationError(`${tp}.requestLeadTime`, t.requestLeadTime) : null) ??
      (t.maxPerExtension !== undefined ? durationError(`${tp}.maxPerExtension`, t.maxPerExtension) : null);
    if (problem) return problem;
    if (!Array.isArray(t.approverRoles) || t.approverRoles.length === 0 || t.approverRoles.some((r) => !Object.values(Role).includes(r)))
      return `${tp}.approverRoles must list roles of ${Object.values(Role).join(', ')}`;
    if (typeof t.approverAgency !== 'string' || !t.approverAgency) return `${tp}.approverAgency is required`;
    if (typeof t.legalBasis !== 'string' || !t.legalBasis) return `${tp}.legalBasis is required`;
    if (t.maxCount !== undefined && (!Number.isInteger(t.maxCount) || t.maxCount < 1 || t.maxCount > maxCount))
      return `${tp}.maxCount must be between 1 and extension.maxCount (${maxCount})`;
    if (t.afterPreviousTier !== undefined && typeof t.afterPreviousTier !== 'boolean') return `${tp}.afterPreviousTier must be true or false`;
    if (t.afterPreviousTier && j === 0) return `${tp}.afterPreviousTier needs a previous tier`;
    const reach = length(t.upToTotal);
    if (reach <= previousReach)
      return `${tp}.upToTotal (${text(t.upToTotal)}) must reach beyond ${j === 0 ? `the period itself (${text(e.duration)})` : `tiers[${j - 1}]`}`;
    if (t.maxPerExtension && length(t.maxPerExtension) > reach) return `${tp}.maxPerExtension must not exceed upToTotal`;
    previousReach = reach;
  }
  return null;
}

function entryError(at: string, e: DeadlineCatalogueEntry, agencyKind: AgencyKindOf): string | null {
  if (!isObject(e)) return `${at} must be an object`;
  if (typeof e.key !== 'string' || !/^[A-Z0-9_]+$/.test(e.key)) return `${at}.key must be UPPER_SNAKE_CASE`;
  if (!isObject(e.title) || !e.title.vi || !e.title.en) return `${at}.title needs vi and en`;
  const problem = durationError(`${at}.duration`, e.duration);
  if (problem) return problem;
  if (!['LAW', 'POLICY'].includes(e.nature)) return `${at}.nature must be LAW or POLICY`;
  if (!['TEXT', 'SECOND_HAND', 'UNVERIFIED', 'POLICY'].includes(e.confidence)) return `${at}.confidence is invalid`;
  // A value nobody found in the law cannot claim to be the law's.
  if (e.nature === 'LAW' && !['TEXT', 'SECOND_HAND'].includes(e.confidence))
    return `${at}: a ${e.confidence} value cannot be LAW; publish it as POLICY`;
  if (e.nature === 'POLICY' && !['POLICY', 'UNVERIFIED'].includes(e.confidence)) return `${at}.confidence of a POLICY entry is POLICY or UNVERIFIED`;
  if (typeof e.legalBasis !== 'string' || !e.legalBasis) return `${at}.legalBasis is required`;
  if (e.counting !== undefined && !['ART_134', 'PLAIN'].includes(e.counting)) return `${at}.counting must be ART_134 or PLAIN`;
  const statute = STATUTORY_PERIODS[e.key];
  if (statute && e.nature !== 'LAW') return `${at}.nature must be LAW: ${statute.basis} fixes ${text(statute.duration)}`;
  if (!statute && e.nature === 'LAW')
    return `${at}.nature: no statute in the reviewed table fixes ${e.key}; publish it as POLICY (a LAW value changes only with the table in code)`;
  const { min, max } = POLICY_PERIOD_BOUNDS;
  if (e.nature === 'POLICY' && (length(e.duration) < length(min) || length(e.duration) > length(max)))
    return `${at}.duration (${text(e.duration)}) of a POLICY period must be between ${text(min)} and ${text(max)}`;
  // The statute's period first, then the rule's shape, then the statute's extension terms on a well-formed rule.
  return (
    (statute && statuteError('PERIOD', at, e, statute, agencyKind)) ||
    (e.extension !== undefined ? extensionError(at, e) : null) ||
    (statute ? statuteError('EXTENSION', at, e, statute, agencyKind) : null)
  );
}

/**
 * Checks a proposed catalogue version before it is stored, for shape and for meaning: every key a step needs, every
 * LAW entry exactly as its statute (period, counting, extension terms, the kind of agency approving), POLICY periods
 * within their bounds, honest labels, consistent extension tiers. Every problem names its path (and the article).
 * `agencyKind` reads the agency list (data): the kind of an active agency code, undefined otherwise.
 */
export function validateCatalogue(c: Omit<DeadlineCatalogue, 'version'>, agencyKind: AgencyKindOf): string | null {
  if (!isObject(c)) return 'the catalogue must be an object';
  if (!Array.isArray(c.entries)) return 'entries must be an array';
  const keys = new Set<string>();
  for (const [i, e] of c.entries.entries()) {
    const problem = entryError(`entries[${i}]`, e, agencyKind);
    if (problem) return problem;
    if (keys.has(e.key)) return `entries[${i}].key ${e.key} appears twice`;
    keys.add(e.key);
  }
  const missing = requiredDeadlineKeys().filter((k) => !keys.has(k));
  if (missing.length) return `entries: missing deadline keys that processes need: ${missing.join(', ')}`;
  const ladder = c.escalationLadder;
  // The reminder fires where the lists and the dashboard start counting a task at risk: one number (AT_RISK_RATIO).
  if (!isObject(ladder) || ladder.reminderAtRatio !== AT_RISK_RATIO) return `escalationLadder.reminderAtRatio must be ${AT_RISK_RATIO}`;
  if (!Array.isArray(ladder.levels)) return 'escalationLadder.levels must be an array';
  for (const [i, l] of ladder.levels.entries()) {
    if (!isObject(l)) return `escalationLadder.levels[${i}] must be an object`;
    if (l.level !== i + 1) return `escalationLadder.levels[${i}].level must be ${i + 1}`;
    if (!['AGENCY_HEAD', 'STANDING_OFFICE', 'LEADERSHIP'].includes(l.target)) return `escalationLadder.levels[${i}].target is invalid`;
    const problem = durationError(`escalationLadder.levels[${i}].after`, l.after, true);
    if (problem) return problem;
  }
  return null;
}
