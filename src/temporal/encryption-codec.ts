import type { Payload, PayloadCodec } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { UNSEALED_PAYLOAD_MARKER } from './unsealed-payload';

const ENCODING = 'binary/encrypted';
const KEY_ID = 'data-key-v1';
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A payload without a valid seal of our key: plaintext, or tampered with. */
export class UnsealedPayloadError extends Error {
  constructor() {
    super('Refused a payload that is not sealed with this deployment’s key (plaintext or tampered)');
    this.name = 'UnsealedPayloadError';
  }
}

/**
 * Encrypts every payload (workflow inputs, task outcomes, query results) with AES-256-GCM before it reaches the
 * Temporal server, so victims' and tipsters' data never sit in the workflow history in clear text. The whole
 * payload, metadata included, is sealed; the key is derived from DATA_ENCRYPTION_KEY, separate from the one that
 * protects columns in PostgreSQL.
 */
export class EncryptionCodec implements PayloadCodec {
  private readonly key: Buffer;

  /**
   * @param unsealed what to do with a payload that is not sealed with our key: `refuse` (throw; the API's client) or
   *   `mark` (the worker: the workflow interceptors then refuse the message without failing the workflow's task)
   */
  constructor(
    dataKey: Buffer,
    private readonly unsealed: 'refuse' | 'mark' = 'refuse',
  ) {
    this.key = Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'temporal-payloads', 32));
  }

  async encode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', this.key, iv);
      const plain = temporal.api.common.v1.Payload.encode(payload).finish();
      const body = Buffer.concat([cipher.update(plain), cipher.final()]);
      return {
        metadata: { encoding: encoder.encode(ENCODING), 'encryption-key-id': encoder.encode(KEY_ID) },
        data: Buffer.concat([iv, cipher.getAuthTag(), body]),
      };
    });
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      const opened = this.openSealed(payload);
      if (opened) return opened;
      // Not written by the API or the worker: anyone who reaches Temporal's port could forge it (an update with
      // someone else's actor). It is never passed through: refused, or marked for the workflow interceptors to refuse.
      if (this.unsealed === 'refuse') throw new UnsealedPayloadError();
      return { metadata: { encoding: encoder.encode('json/plain') }, data: encoder.encode(JSON.stringify({ [UNSEALED_PAYLOAD_MARKER]: true })) };
    });
  }

  /**
   * The payload inside a valid seal of our key; undefined for plaintext, another key or tampered data. Public for the
   * API's codec endpoint (src/modules/codec/), which shows authorised readers what it can open and leaves the rest.
   */
  openSealed(payload: Payload): Payload | undefined {
    if (!payload.metadata?.encoding || decoder.decode(payload.metadata.encoding) !== ENCODING || !payload.data) return undefined;
    const keyId = payload.metadata['encryption-key-id'] && decoder.decode(payload.metadata['encryption-key-id']);
    if (keyId !== KEY_ID) return undefined;
    const raw = Buffer.from(payload.data);
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return temporal.api.common.v1.Payload.decode(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]));
    } catch {
      return undefined;
    }
  }
}
