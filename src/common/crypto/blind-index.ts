import { createHmac } from 'node:crypto';

/**
 * A blind index: HMAC-SHA256 (with the blind-index key, never a KEK) of a normalised value, for exact lookups over a
 * sealed column. Equal values give equal indexes, so it tells which rows share a value; nothing else.
 */
export function blindIndex(key: Buffer, context: string, value: string): string {
  const normalised = value.normalize('NFC').trim().toLocaleLowerCase('vi');
  return createHmac('sha256', key).update(`${context}\u0000${normalised}`).digest('base64url');
}
