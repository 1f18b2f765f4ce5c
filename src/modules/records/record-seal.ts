import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/** The key of the records written since this release; a rotation adds a new id and keeps the old one to open older rows. */
export const RECORD_KEY_ID = 'record-key-v1';

/**
 * AES-256-GCM for the process records, keyed like the Temporal payload codec from DATA_ENCRYPTION_KEY (HKDF, its own
 * label, so neither key opens the other's data). Each row is bound to its workflow id as associated data: a sealed
 * view copied onto another process's row does not open.
 */
export class RecordSeal {
  private readonly keys: ReadonlyMap<string, Buffer>;

  constructor(dataKey: Buffer) {
    this.keys = new Map([[RECORD_KEY_ID, Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'process-records', 32))]]);
  }

  seal(workflowId: string, value: object): { keyId: string; sealed: Buffer } {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(RECORD_KEY_ID)!, iv);
    cipher.setAAD(Buffer.from(`process-record:${workflowId}`));
    const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
    return { keyId: RECORD_KEY_ID, sealed: Buffer.concat([iv, cipher.getAuthTag(), body]) };
  }

  /** Throws when the key id is unknown, the row belongs to another workflow or the bytes were altered. */
  open<T>(workflowId: string, keyId: string, sealed: Buffer): T {
    const key = this.keys.get(keyId);
    if (!key) throw new Error(`No key ${keyId} to open the record of ${workflowId}`);
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
    decipher.setAAD(Buffer.from(`process-record:${workflowId}`));
    decipher.setAuthTag(sealed.subarray(12, 28));
    return JSON.parse(Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8')) as T;
  }
}
