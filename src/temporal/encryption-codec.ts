import type { Payload, PayloadCodec } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

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

  constructor(dataKey: Buffer) {
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
      // A payload that is not sealed with our key was not written by the API or the worker: anyone who reaches
      // Temporal's port could forge it (an update with someone else's actor). It is refused, never passed through.
      if (!payload.metadata?.encoding || decoder.decode(payload.metadata.encoding) !== ENCODING || !payload.data) throw new UnsealedPayloadError();
      const keyId = payload.metadata['encryption-key-id'] && decoder.decode(payload.metadata['encryption-key-id']);
      if (keyId !== KEY_ID) throw new Error(`Payload sealed with unknown key ${keyId}`);
      const raw = Buffer.from(payload.data);
      const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      let plain: Buffer;
      try {
        plain = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]);
      } catch {
        throw new UnsealedPayloadError();
      }
      return temporal.api.common.v1.Payload.decode(plain);
    });
  }
}
