/** How deep a request's JSON may nest; real bodies here stay under 6 levels. */
export const MAX_INPUT_DEPTH = 32;

/**
 * Names the first part of a request value PostgreSQL or the workflow projection cannot store: a NUL character
 * (text and jsonb refuse it, so a projection carrying one would retry for ever) in any key or value, or nesting
 * deeper than MAX_INPUT_DEPTH (validators and serialisers recurse on it). Undefined when the value is acceptable.
 */
export function findHostileInput(value: unknown, where: string, depth = 0): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? `${where} contains a NUL character` : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  if (depth >= MAX_INPUT_DEPTH) return `${where} nests deeper than ${MAX_INPUT_DEPTH} levels`;
  for (const [key, inner] of Object.entries(value)) {
    if (key.includes('\u0000')) return `a field name in ${where} contains a NUL character`;
    const found = findHostileInput(inner, `${where}.${key}`, depth + 1);
    if (found) return found;
  }
  return undefined;
}
