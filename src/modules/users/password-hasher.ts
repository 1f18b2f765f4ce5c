import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

const KEY_LENGTH = 64;

/** scrypt cost; OWASP's recommendation (N=2^17, r=8, p=1). Raising it rehashes each password at its next login. */
export const CURRENT_SCRYPT = { logN: 17, r: 8, p: 1 };

/** Hashes written before the parameters were stored (`scrypt$salt$key`) used Node's defaults. */
const LEGACY_SCRYPT = { logN: 14, r: 8, p: 1 };

interface ScryptParams {
  logN: number;
  r: number;
  p: number;
}

function derive(password: string, salt: Buffer, keyLength: number, { logN, r, p }: ScryptParams): Promise<Buffer> {
  const N = 2 ** logN;
  // scrypt needs 128·N·r bytes; Node refuses more than 32 MiB unless told.
  const maxmem = 256 * N * r * p + 1024 * 1024;
  return new Promise((resolve, reject) => scrypt(password, salt, keyLength, { N, r, p, maxmem }, (e, key) => (e ? reject(e) : resolve(key))));
}

function parse(stored: string): { params: ScryptParams; salt: Buffer; key: Buffer } | null {
  const parts = stored.split('$');
  if (parts[0] !== 'scrypt') return null;
  if (parts.length === 3) return { params: LEGACY_SCRYPT, salt: Buffer.from(parts[1], 'base64'), key: Buffer.from(parts[2], 'base64') };
  if (parts.length !== 4) return null;
  const match = /^ln=(\d+),r=(\d+),p=(\d+)$/.exec(parts[1]);
  if (!match) return null;
  const [logN, r, p] = match.slice(1).map(Number);
  if (logN < 10 || logN > 22 || r < 1 || r > 32 || p < 1 || p > 16) return null;
  return { params: { logN, r, p }, salt: Buffer.from(parts[2], 'base64'), key: Buffer.from(parts[3], 'base64') };
}

/**
 * scrypt from Node's crypto (no native add-on to build), a salt per password and the cost parameters stored in the
 * hash (`scrypt$ln=17,r=8,p=1$salt$key`), so they can be raised later without invalidating existing passwords.
 */
export class PasswordHasher {
  static async hash(password: string): Promise<string> {
    const salt = randomBytes(16);
    const key = await derive(password, salt, KEY_LENGTH, CURRENT_SCRYPT);
    const { logN, r, p } = CURRENT_SCRYPT;
    return `scrypt$ln=${logN},r=${r},p=${p}$${salt.toString('base64')}$${key.toString('base64')}`;
  }

  static async verify(password: string, stored: string): Promise<boolean> {
    const parsed = parse(stored);
    if (!parsed || parsed.key.length === 0) return false;
    const actual = await derive(password, parsed.salt, parsed.key.length, parsed.params);
    return timingSafeEqual(actual, parsed.key);
  }

  /** True when the hash was made with a lower cost than today's, so a successful login should replace it. */
  static needsRehash(stored: string): boolean {
    const parsed = parse(stored);
    if (!parsed) return true;
    const { logN, r, p } = parsed.params;
    return logN < CURRENT_SCRYPT.logN || r < CURRENT_SCRYPT.r || p < CURRENT_SCRYPT.p;
  }
}
