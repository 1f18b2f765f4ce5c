import { validateCasesSearch } from '../../router/search/cases-search';
import { validateTasksSearch } from '../../router/search/tasks-search';
import { validateTipsSearch } from '../../router/search/tips-search';

/**
 * Where a dashboard number leads: the list routes /tasks, /cases and /tips, whose typed search params are the query
 * names of GET /tasks, /cases and /tips, so the list shows the same items the number counts (the API scopes them to
 * the reader's role). Each is read by its route's own validator: what is not asked (undefined) is left out, and a
 * value the list cannot use (a process kind the server added later) too.
 */
export const drillDown = {
  tasks: (query: {
    agencyCode?: string;
    overdue?: boolean;
    atRisk?: boolean;
    dueState?: 'ON_TIME' | 'AT_RISK' | 'OVERDUE' | 'PAUSED';
    escalated?: boolean;
    processKind?: string;
    state?: 'open' | 'closed';
  }) => ({ to: '/tasks' as const, search: validateTasksSearch(query) }),
  cases: (query: { agencyCode?: string; status?: 'OPEN' | 'CLOSED'; overdue?: boolean }) => ({
    to: '/cases' as const,
    search: validateCasesSearch(query),
  }),
  tips: (query: { receivedFrom?: string; receivedTo?: string; status?: string }) => ({ to: '/tips' as const, search: validateTipsSearch(query) }),
};
