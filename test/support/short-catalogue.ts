import type { DeadlineCatalogue } from '../../src/domain/deadline-catalogue';
import { DEADLINE_CATALOGUE_V2 } from '../../src/database/seeds/deadline-catalogue-v2';

/**
 * The real catalogue with every duration replaced by seconds, so deadlines and the escalation ladder run on real
 * timers within a test (never rolled over to a working day). Legal basis, extension tiers and counts stay as they are.
 */
export function shortCatalogue(seconds: Record<string, number>, ladderSeconds = [0, 3, 6]): Omit<DeadlineCatalogue, 'version'> {
  return {
    entries: DEADLINE_CATALOGUE_V2.entries.map((e) => ({
      ...e,
      duration: { amount: seconds[e.key] ?? 3600, unit: 'seconds' as const },
      // A period of seconds must not jump to Monday when the tests run on a weekend.
      rollOverNonWorkingDay: false,
      extension: e.extension && {
        ...e.extension,
        tiers: e.extension.tiers.map((t, i) => ({
          ...t,
          upToTotal: { amount: (seconds[e.key] ?? 3600) * (3 + 3 * i), unit: 'seconds' as const },
          requestLeadTime: t.requestLeadTime && { amount: 1, unit: 'seconds' as const },
        })),
      },
    })),
    escalationLadder: {
      reminderAtRatio: 0.75,
      levels: DEADLINE_CATALOGUE_V2.escalationLadder.levels.map((l, i) => ({ ...l, after: { amount: ladderSeconds[i], unit: 'seconds' as const } })),
    },
  };
}

/** The real catalogue (legal durations), with only the listed entries shortened to seconds. */
export function realCatalogueWith(seconds: Record<string, number>): Omit<DeadlineCatalogue, 'version'> {
  return {
    ...DEADLINE_CATALOGUE_V2,
    entries: DEADLINE_CATALOGUE_V2.entries.map((e) =>
      e.key in seconds ? { ...e, duration: { amount: seconds[e.key], unit: 'seconds' as const }, rollOverNonWorkingDay: false } : e,
    ),
  };
}
