import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { KeyProvider } from './key-provider';

const PREFIX = 'sealed:v1:';

/**
 * Envelope encryption of one value: a fresh data key per value (AES-256-GCM), itself wrapped by the current KEK. The
 * stored text is `sealed:v1:<kek id>:<wrapped data key>:<iv | tag | ciphertext>` (base64), so every value names the
 * KEK that opens it and a rotation re-wraps 60 bytes per value without touching the ciphertext. The context (the
 * column, e.g. `tips.summary`) is authenticated with both: a value copied into another column does not open.
 *
 * Text that does not start with the prefix is returned as it is: rows written before sealing existed stay readable
 * until the migration or `keys:rotate` seals them.
 */
export class EnvelopeSealer {
  constructor(readonly keys: KeyProvider) {}

  static isSealed(stored: string): boolean {
    return stored.startsWith(PREFIX);
  }

  /** The KEK id a stored value names; null for text not sealed. */
  static kekIdOf(stored: string): string | null {
    return EnvelopeSealer.isSealed(stored) ? stored.slice(PREFIX.length).split(':', 1)[0] : null;
  }

  seal(plain: string, context: string): string {
    const dataKey = randomBytes(32);
    const { kekId, wrapped } = this.keys.wrap(dataKey, context);
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', dataKey, iv);
    cipher.setAAD(Buffer.from(context));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${PREFIX}${kekId}:${wrapped.toString('base64')}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
  }

  open(stored: string, context: string): string {
    if (!EnvelopeSealer.isSealed(stored)) return stored;
    const [kekId, wrapped, sealed] = stored.slice(PREFIX.length).split(':');
    const dataKey = this.keys.unwrap(kekId, Buffer.from(wrapped, 'base64'), context);
    const raw = Buffer.from(sealed, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', dataKey, raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }

  /**
   * The value under the current KEK: a sealed one re-wrapped (same data key and ciphertext), a clear one sealed.
   * Unchanged (the same string) when it already names the current KEK.
   */
  reseal(stored: string, context: string): string {
    if (!EnvelopeSealer.isSealed(stored)) return this.seal(stored, context);
    const [kekId, wrapped, sealed] = stored.slice(PREFIX.length).split(':');
    if (kekId === this.keys.currentKekId()) return stored;
    const dataKey = this.keys.unwrap(kekId, Buffer.from(wrapped, 'base64'), context);
    const rewrapped = this.keys.wrap(dataKey, context);
    return `${PREFIX}${rewrapped.kekId}:${rewrapped.wrapped.toString('base64')}:${sealed}`;
  }
}
