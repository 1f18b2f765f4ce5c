/** The inbox's lists (Camunda Tasklist's views): mine, unclaimed, the whole agency's open work, and done. */
export const INBOX_VIEWS = ['mine', 'unclaimed', 'agency', 'done'] as const;
export type InboxView = (typeof INBOX_VIEWS)[number];

/**
 * The whole agency's open work, as the inbox always showed first: `/inbox` without `view=` (the other views are in the
 * URL, `/inbox?view=mine`, so a reload or a shared link opens the same list).
 */
export const DEFAULT_VIEW: InboxView = 'agency';

/** GET /tasks filters for each view (the API sorts by due date, soonest first). */
export function viewQuery(view: InboxView, agencyCode: string) {
  switch (view) {
    case 'mine':
      return { state: 'open' as const, mine: true };
    case 'unclaimed':
      return { status: 'OPEN' as const, agencyCode };
    case 'done':
      return { state: 'closed' as const, agencyCode };
    default:
      return { state: 'open' as const, agencyCode };
  }
}
