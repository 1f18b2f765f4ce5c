import { useState } from 'react';

/** The inbox's lists (Camunda Tasklist's views): mine, unclaimed, the whole agency's open work, and done. */
export const INBOX_VIEWS = ['mine', 'unclaimed', 'agency', 'done'] as const;
export type InboxView = (typeof INBOX_VIEWS)[number];

/** The whole agency's open work, as the inbox always showed first. */
const DEFAULT_VIEW: InboxView = 'agency';

const read = (): InboxView => {
  const value = new URLSearchParams(window.location.search).get('view');
  return INBOX_VIEWS.find((view) => view === value) ?? DEFAULT_VIEW;
};

/** The list filter lives in the URL (`/inbox?view=mine`), so a reload or a shared link opens the same list. */
export function useInboxView(): [InboxView, (view: InboxView) => void] {
  const [view, setView] = useState<InboxView>(read);
  const change = (next: InboxView) => {
    const url = new URL(window.location.href);
    if (next === DEFAULT_VIEW) url.searchParams.delete('view');
    else url.searchParams.set('view', next);
    window.history.replaceState(null, '', `${url.pathname}${url.search}`);
    setView(next);
  };
  return [view, change];
}

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
