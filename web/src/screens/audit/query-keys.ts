/** Query keys of the audit log; `auditKeys.all` is the prefix of every audit query. */
export const auditKeys = {
  all: ['audit'] as const,
  list: (filters: object) => [...auditKeys.all, 'list', filters] as const,
};
