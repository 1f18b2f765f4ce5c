import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { KeyFile } from './key-file';
import type { KeyProvider } from './key-provider';

/** The KEK derived from DATA_ENCRYPTION_KEY: current until a key file names another, readable for ever after. */
export const DERIVED_KEK_ID = 'derived-1';

const derive = (root: Buffer, info: string) => Buffer.from(hkdfSync('sha256', root, Buffer.alloc(0), info, 32));

/**
 * KEKs from the key file, plus one derived from DATA_ENCRYPTION_KEY (so a deployment without a key file, and every
 * value sealed before its first rotation, keeps working). The file is read again when it changes on disk (checked at
 * most every `recheckMs`) and whenever a value names a KEK not known yet: a rotation needs no restart of the API or
 * the worker, which is what lets `keys:rotate` run without downtime.
 */
export class FileKeyProvider implements KeyProvider {
  private keks = new Map<string, Buffer>();
  private current = DERIVED_KEK_ID;
  private blindKey: Buffer;
  private loadedMtimeMs = -1;
  private checkedAt = 0;

  constructor(
    private readonly rootKey: Buffer,
    private readonly file: string | undefined,
    private readonly recheckMs = 1000,
  ) {
    this.blindKey = derive(rootKey, 'blind-index');
    this.reload(true);
  }

  currentKekId(): string {
    this.reloadIfChanged();
    return this.current;
  }

  wrap(dataKey: Buffer, context: string): { kekId: string; wrapped: Buffer } {
    const kekId = this.currentKekId();
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.kek(kekId), iv);
    cipher.setAAD(Buffer.from(`${kekId}|${context}`));
    const body = Buffer.concat([cipher.update(dataKey), cipher.final()]);
    return { kekId, wrapped: Buffer.concat([iv, cipher.getAuthTag(), body]) };
  }

  unwrap(kekId: string, wrapped: Buffer, context: string): Buffer {
    const decipher = createDecipheriv('aes-256-gcm', this.kek(kekId), wrapped.subarray(0, 12));
    decipher.setAAD(Buffer.from(`${kekId}|${context}`));
    decipher.setAuthTag(wrapped.subarray(12, 28));
    return Buffer.concat([decipher.update(wrapped.subarray(28)), decipher.final()]);
  }

  blindIndexKey(): Buffer {
    return this.blindKey;
  }

  /** Every KEK id this provider can open, the current one included. */
  knownKekIds(): string[] {
    this.reloadIfChanged();
    return [...this.keks.keys()];
  }

  private kek(kekId: string): Buffer {
    let kek = this.keks.get(kekId);
    if (!kek) {
      // A value sealed by a process that already saw a newer key file.
      this.reload(true);
      kek = this.keks.get(kekId);
    }
    if (!kek) throw new Error(`Unknown key-encryption key ${kekId}`);
    return kek;
  }

  private reloadIfChanged(): void {
    const now = Date.now();
    if (now - this.checkedAt < this.recheckMs) return;
    this.checkedAt = now;
    this.reload(false);
  }

  private reload(force: boolean): void {
    const keks = new Map<string, Buffer>([[DERIVED_KEK_ID, derive(this.rootKey, 'column-kek')]]);
    if (!this.file || !existsSync(this.file)) {
      this.keks = keks;
      this.current = DERIVED_KEK_ID;
      return;
    }
    const mtimeMs = statSync(this.file).mtimeMs;
    if (!force && mtimeMs === this.loadedMtimeMs) return;
    const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as KeyFile;
    for (const [id, value] of Object.entries(parsed.keks ?? {})) {
      const key = Buffer.from(value, 'base64');
      if (key.length !== 32) throw new Error(`Key file ${this.file}: KEK ${id} is not 32 bytes`);
      keks.set(id, key);
    }
    if (!keks.has(parsed.current)) throw new Error(`Key file ${this.file}: the current KEK ${parsed.current} is not in it`);
    this.keks = keks;
    this.current = parsed.current;
    if (parsed.blindIndexKey) this.blindKey = Buffer.from(parsed.blindIndexKey, 'base64');
    this.loadedMtimeMs = mtimeMs;
  }
}
