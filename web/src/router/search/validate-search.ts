type Fields<T> = { [K in keyof T]-?: (value: unknown) => T[K] | undefined };

/**
 * A `validateSearch` from one reader per parameter: unknown names and unusable values are dropped, and the names keep
 * the order they came in, so a drill-down link (`/tasks?agencyCode=…&dueState=…`) reads back as it was written.
 */
export function validateSearch<T extends object>(fields: Fields<T>) {
  return (raw: Record<string, unknown>): T => {
    const search: Partial<T> = {};
    for (const [name, value] of Object.entries(raw)) {
      if (!Object.hasOwn(fields, name)) continue;
      const key = name as keyof T;
      const read = fields[key](value);
      if (read !== undefined) search[key] = read;
    }
    return search as T;
  };
}
