import { DeadlineCatalogue } from './deadline-catalogue';
import { Duration, DURATION_UNITS } from './duration';
import { Role } from './role';

function durationError(path: string, d: unknown, allowZero = false): string | null {
  const v = d as Duration;
  if (typeof v !== 'object' || v === null) return `${path} must be { amount, unit }`;
  if (!DURATION_UNITS.includes(v.unit)) return `${path}.unit must be one of ${DURATION_UNITS.join(', ')}`;
  if (!Number.isInteger(v.amount) || v.amount < (allowZero ? 0 : 1)) return `${path}.amount must be a ${allowZero ? 'non-negative' : 'positive'} integer`;
  return null;
}

/** Checks a proposed catalogue version before it is stored: every problem names its path. */
export function validateCatalogue(c: Omit<DeadlineCatalogue, 'version'>): string | null {
  const keys = new Set<string>();
  for (const [i, e] of c.entries.entries()) {
    const at = `entries[${i}]`;
    if (typeof e.key !== 'string' || !/^[A-Z0-9_]+$/.test(e.key)) return `${at}.key must be UPPER_SNAKE_CASE`;
    if (keys.has(e.key)) return `${at}.key ${e.key} appears twice`;
    keys.add(e.key);
    if (!e.title?.vi || !e.title?.en) return `${at}.title needs vi and en`;
    const problem = durationError(`${at}.duration`, e.duration);
    if (problem) return problem;
    if (!['LAW', 'POLICY'].includes(e.nature)) return `${at}.nature must be LAW or POLICY`;
    if (!['TEXT', 'SECOND_HAND', 'UNVERIFIED', 'POLICY'].includes(e.confidence)) return `${at}.confidence is invalid`;
    if (typeof e.legalBasis !== 'string' || !e.legalBasis) return `${at}.legalBasis is required`;
    if (e.extension) {
      if (!Number.isInteger(e.extension.maxCount) || e.extension.maxCount < 0) return `${at}.extension.maxCount must be >= 0`;
      for (const [j, t] of (e.extension.tiers ?? []).entries()) {
        const tp = `${at}.extension.tiers[${j}]`;
        const tierProblem = durationError(`${tp}.upToTotal`, t.upToTotal) ?? (t.requestLeadTime ? durationError(`${tp}.requestLeadTime`, t.requestLeadTime) : null);
        if (tierProblem) return tierProblem;
        if (!Array.isArray(t.approverRoles) || t.approverRoles.length === 0 || t.approverRoles.some((r) => !Object.values(Role).includes(r)))
          return `${tp}.approverRoles must list roles of ${Object.values(Role).join(', ')}`;
        if (typeof t.approverAgency !== 'string' || !t.approverAgency) return `${tp}.approverAgency is required`;
      }
    }
  }
  const ladder = c.escalationLadder;
  if (!ladder || typeof ladder.reminderAtRatio !== 'number' || ladder.reminderAtRatio <= 0 || ladder.reminderAtRatio >= 1)
    return 'escalationLadder.reminderAtRatio must be between 0 and 1';
  for (const [i, l] of (ladder.levels ?? []).entries()) {
    if (l.level !== i + 1) return `escalationLadder.levels[${i}].level must be ${i + 1}`;
    if (!['AGENCY_HEAD', 'STANDING_OFFICE', 'LEADERSHIP'].includes(l.target)) return `escalationLadder.levels[${i}].target is invalid`;
    const problem = durationError(`escalationLadder.levels[${i}].after`, l.after, true);
    if (problem) return problem;
  }
  return null;
}
