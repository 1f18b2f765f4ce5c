/** Query keys of cases and their processes; `caseKeys.all` is the prefix of every case query. */
export const caseKeys = {
  all: ['cases'] as const,
  one: (reference: string) => [...caseKeys.all, reference] as const,
  list: (filters: object, q: string | undefined) => [...caseKeys.all, 'list', filters, q] as const,
};

export const processKeys = {
  all: ['processes'] as const,
  one: (processId: string) => [...processKeys.all, processId] as const,
};
