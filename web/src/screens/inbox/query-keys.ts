/**
 * Query keys of tasks and agency members. `all` is the prefix of every task query: invalidating it reloads the inbox,
 * the case's open tasks, the lists and the approvals at once.
 */
export const taskKeys = {
  all: ['tasks'] as const,
  inbox: (view: string, agencyCode: string, filters: object, q: string | undefined) =>
    [...taskKeys.all, 'inbox', view, agencyCode, filters, q] as const,
  /** Every case's open tasks (to update them all from one answer), or one case's. */
  ofCases: () => [...taskKeys.all, 'case'] as const,
  ofCase: (reference: string) => [...taskKeys.ofCases(), reference] as const,
  one: (id: string) => [...taskKeys.all, 'one', id] as const,
  allowance: (id: string) => [...taskKeys.one(id), 'allowance'] as const,
  extensionPending: () => [...taskKeys.all, 'extension-pending'] as const,
  list: (filters: object) => [...taskKeys.all, 'list', filters] as const,
  /** Open work as the server counts it (GET /tasks/summary), for one agency or all. */
  summary: (agencyCode: string | null | undefined) => [...taskKeys.all, 'summary', agencyCode] as const,
};

export const memberKeys = {
  all: ['members'] as const,
  ofAgency: (agencyCode: string) => [...memberKeys.all, agencyCode] as const,
};
