/** Query keys of tips and of the duty desk's triage counts; `all` is each one's prefix. */
export const tipKeys = {
  all: ['tips'] as const,
  one: (reference: string) => [...tipKeys.all, reference] as const,
  process: (reference: string, processId: string | undefined) => [...tipKeys.one(reference), 'process', processId] as const,
  list: (filters: object, q: string | undefined) => [...tipKeys.all, 'list', filters, q] as const,
};

export const triageKeys = {
  all: ['triage'] as const,
  count: (key: string) => [...triageKeys.all, key] as const,
};
