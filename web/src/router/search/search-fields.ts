/**
 * Readers of one query parameter, for `validateSearch`: a value the screen cannot use is dropped (the filter shows
 * "any"), never passed on to the API. Booleans arrive as the strings `true` / `false` (or typed from a `Link`).
 */
export const searchFields = {
  text: (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined),
  boolean: (value: unknown): boolean | undefined =>
    value === true || value === 'true' ? true : value === false || value === 'false' ? false : undefined,
  oneOf:
    <T extends string>(values: readonly T[]) =>
    (value: unknown): T | undefined =>
      values.find((candidate) => candidate === value),
};
