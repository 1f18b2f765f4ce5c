/** Query keys of the administration screens; each `all` is the prefix its changes invalidate. */
export const userKeys = {
  all: ['users'] as const,
  list: (filters: object) => [...userKeys.all, filters] as const,
};

export const catalogueKeys = {
  all: ['catalogue'] as const,
  current: () => [...catalogueKeys.all, 'current'] as const,
  version: (version: number | null) => [...catalogueKeys.all, 'version', version] as const,
  versions: () => [...catalogueKeys.all, 'versions'] as const,
};

export const calendarKeys = {
  all: ['calendar'] as const,
  years: () => [...calendarKeys.all, 'years'] as const,
  holidays: () => [...calendarKeys.all, 'holidays'] as const,
};

export const grantKeys = {
  all: ['role-grants'] as const,
  pending: () => [...grantKeys.all, 'PENDING'] as const,
};
