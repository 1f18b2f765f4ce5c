/** Query keys of the leadership figures and of escalations; `all` is each one's prefix. */
export const statisticsKeys = {
  all: ['statistics'] as const,
  figures: (query: object | null, withSeries: boolean) => [...statisticsKeys.all, query, withSeries] as const,
};

export const escalationKeys = {
  all: ['escalations'] as const,
  open: () => [...escalationKeys.all, 'open'] as const,
};
