/**
 * Where a dashboard number leads: the list screens at /tasks, /cases and /tips take the query names of GET /tasks,
 * /cases and /tips, so the list shows the same items the number counts (the API scopes them to the reader's role).
 */
type Query = Record<string, string | boolean | undefined>;

const withQuery = (path: string, query: Query) => {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(name, String(value));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
};

export const drillDown = {
  tasks: (query: {
    agencyCode?: string;
    overdue?: boolean;
    atRisk?: boolean;
    dueState?: 'ON_TIME' | 'AT_RISK' | 'OVERDUE' | 'PAUSED';
    escalated?: boolean;
    processKind?: string;
    state?: 'open' | 'closed';
  }) => withQuery('/tasks', query),
  cases: (query: { agencyCode?: string; status?: 'OPEN' | 'CLOSED'; overdue?: boolean }) => withQuery('/cases', query),
  tips: (query: { receivedFrom?: string; receivedTo?: string; status?: string }) => withQuery('/tips', query),
  case: (reference: string) => `/case/${encodeURIComponent(reference)}`,
};
