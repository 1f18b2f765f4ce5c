import { addDuration } from './add-duration';
import type { Duration } from './duration';
import { CountingEntry, countsByArticle134, startOfLocalDay } from './period-end';
import type { WorkingCalendar } from './working-calendar';

/**
 * Whether an extension asked for is no longer than the law's cap on a single extension (art. 172: 4 months each;
 * art. 240: 15 / 30 days; art. 277: 30 days). The cap is on the length asked, judged BEFORE art. 134 computes the
 * end it leads to: +31 days exceed a 30-day cap even when both end on the same working day after a roll-over.
 *
 * Same unit: the amounts are compared (days with days, months with months). Mixed units: both are laid on the
 * calendar from the day the extension counts from (art. 134: the current period's last day) and the one that ends
 * later is the longer, with no roll-over — so 122 days fit in 4 months from 15 April (which end on 15 August) and
 * 123 do not. See docs/deadlines.md.
 */
export function withinExtensionCap(asked: Duration, cap: Duration, legalDueAt: number, entry: CountingEntry, calendar: WorkingCalendar): boolean {
  if (asked.unit === cap.unit) return asked.amount <= cap.amount;
  const from = countsByArticle134(entry) ? startOfLocalDay(legalDueAt - 1) : legalDueAt;
  return addDuration(from, asked, calendar) <= addDuration(from, cap, calendar);
}
