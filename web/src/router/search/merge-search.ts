/**
 * A `search` updater for a list's filter bar: the changed filters over the current ones, read again by the route's
 * own validator, so a cleared filter (`null`) leaves the address and the others keep their place in it.
 */
export const mergeSearch =
  <T extends object>(validate: (raw: Record<string, unknown>) => T, changes: Record<string, string | boolean | null>) =>
  (current: T): T =>
    validate({ ...current, ...changes });
