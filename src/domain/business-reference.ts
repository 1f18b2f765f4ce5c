/** Crockford base32 without I, L, O, U: easy to read aloud on the phone. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A human-readable business key such as TIP-20261128-7KQ2XM: the date in Viet Nam and six random characters.
 * `random` returns integers in [0, 32); the caller supplies it so this stays pure.
 */
export function businessReference(prefix: string, atMs: number, random: () => number): string {
  const local = new Date(atMs + 7 * 3_600_000).toISOString().slice(0, 10).replace(/-/g, '');
  let suffix = '';
  for (let i = 0; i < 6; i++) suffix += ALPHABET[random() % 32];
  return `${prefix}-${local}-${suffix}`;
}
