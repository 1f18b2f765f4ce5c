import type { DeadlineCatalogue } from '../../domain/deadline-catalogue';
import { SUSPENSION_NOTICE_ENTRIES } from '../../domain/suspension/suspension-notice-entries';
import { DEADLINE_CATALOGUE_V4 } from './deadline-catalogue-v4';

/**
 * Version 5 (migration 1766100000001): the periods for sending a suspension decision to the procuracy (art. 148:
 * 24 hours for a tip; art. 229: 2 days for an investigation). Suspension is a decision on a listed ground, never a
 * pause of the running period (docs/suspension.md).
 */
export const DEADLINE_CATALOGUE_V5: Omit<DeadlineCatalogue, 'version'> = {
  entries: [...DEADLINE_CATALOGUE_V4.entries, ...SUSPENSION_NOTICE_ENTRIES],
  escalationLadder: DEADLINE_CATALOGUE_V4.escalationLadder,
};
