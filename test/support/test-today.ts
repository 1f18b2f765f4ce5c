import { DEADLINE_CATALOGUE_V4 } from '../../src/database/seeds/deadline-catalogue-v4';
import { PUBLIC_HOLIDAYS_SEED } from '../../src/database/seeds/public-holidays';
import { PUBLIC_HOLIDAYS_2028 } from '../../src/database/seeds/public-holidays-2028';
import type { DeadlineCatalogueEntry } from '../../src/domain/deadline-catalogue';
import type { DeadlineClock } from '../../src/domain/deadline-clock';

/**
 * The "today" the date-sensitive unit suites run on: a fixed date, never the wall clock. `TEST_TODAY=YYYY-MM-DD`
 * picks another (scripts/test-dates.sh runs the suites on several, 2026-12-07 among them); the default is fixed.
 */
export const TEST_TODAY = process.env.TEST_TODAY ?? '2026-12-07';
if (!/^\d{4}-\d{2}-\d{2}$/.test(TEST_TODAY) || Number.isNaN(Date.parse(TEST_TODAY)))
  throw new Error(`TEST_TODAY must be YYYY-MM-DD, not ${TEST_TODAY}`);

/** An instant of TEST_TODAY at a local time (UTC+7), e.g. todayAt('23:59') for a tip received just before midnight. */
export const todayAt = (time = '10:00'): number => Date.parse(`${TEST_TODAY}T${time}:00+07:00`);

/** The calendar as the migrations publish it: 2026–2028 with Tết (2028 provisional); later years unpublished. */
export const PUBLISHED_CLOCK: DeadlineClock = {
  calendar: { holidays: [...PUBLIC_HOLIDAYS_SEED, ...PUBLIC_HOLIDAYS_2028].map((h) => h.date), publishedYears: [2026, 2027, 2028] },
  legacy: false,
};

export const v4Entry = (key: string): DeadlineCatalogueEntry => DEADLINE_CATALOGUE_V4.entries.find((e) => e.key === key)!;
