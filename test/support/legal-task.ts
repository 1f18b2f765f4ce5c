import { DEADLINE_CATALOGUE_V3 } from '../../src/database/seeds/deadline-catalogue-v3';
import type { DeadlineCatalogueEntry } from '../../src/domain/deadline-catalogue';
import type { DeadlineClock } from '../../src/domain/deadline-clock';
import { createTask } from '../../src/domain/task-transitions';
import type { TaskState } from '../../src/domain/task-state';

/** Test data for the domain specs: the published catalogue's entries and a calendar with Tết 2027. */
export const LEGAL_CLOCK: DeadlineClock = {
  calendar: { holidays: ['2027-01-01', '2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'], publishedYears: [2026, 2027, 2028] },
  legacy: false,
};

export const v3Entry = (key: string): DeadlineCatalogueEntry => DEADLINE_CATALOGUE_V3.entries.find((e) => e.key === key)!;

export function legalTask(key: string, startsAt: string, agencyCode = 'CA_TINH_CSDT', stepType = key): TaskState {
  return createTask(
    { taskId: 't1', processId: 'p1', processType: 'TEST', caseId: null, stepType, agencyCode, startsAt: Date.parse(startsAt) },
    v3Entry(key),
    Date.parse(startsAt),
    LEGAL_CLOCK,
  );
}
