import { addDuration } from './add-duration';
import type { DeadlineCatalogueEntry, ExtensionTier } from './deadline-catalogue';
import type { Duration } from './duration';
import { periodEnd } from './period-end';
import type { TaskState } from './task-state';
import { rollToWorkingDay, WorkingCalendar } from './working-calendar';

/**
 * What a process counts its deadlines with. `legacy` is true only while replaying executions that began before
 * art. 134 counting (the workflow's `patched('art-134-counting')`): their timers must keep the old arithmetic.
 */
export interface DeadlineClock {
  calendar: WorkingCalendar;
  legacy: boolean;
}

/** When a period that starts at `start` falls due under the entry. */
export function initialDueAt(start: number, entry: DeadlineCatalogueEntry, clock: DeadlineClock): number {
  if (!clock.legacy) return periodEnd(start, entry.duration, entry, clock.calendar);
  const due = addDuration(start, entry.duration, clock.calendar);
  return entry.rollOverNonWorkingDay ? rollToWorkingDay(due, clock.calendar) : due;
}

/**
 * The deadline after extending a period that now ends at `dueAt` by `additional`. The time the clock stood still is
 * taken out before counting and added back after, so art. 134 counts on the legal last day.
 */
export function extendedDueAt(
  task: Pick<TaskState, 'pausedMs'>,
  dueAt: number,
  additional: Duration,
  entry: DeadlineCatalogueEntry,
  clock: DeadlineClock,
): number {
  if (clock.legacy) return addDuration(dueAt, additional);
  return periodEnd(dueAt - task.pausedMs, additional, entry, clock.calendar, 'PERIOD_END') + task.pausedMs;
}

/** How far a tier lets the whole period reach: from the legal start, plus the time the clock stood still. */
export function tierReach(
  task: Pick<TaskState, 'startsAt' | 'createdAt' | 'pausedMs'>,
  tier: ExtensionTier,
  entry: DeadlineCatalogueEntry,
  clock: DeadlineClock,
): number {
  return periodEnd(task.startsAt ?? task.createdAt, tier.upToTotal, entry, clock.calendar) + task.pausedMs;
}
