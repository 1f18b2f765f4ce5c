import { randomBytes } from 'node:crypto';

let ephemeral: { jwtSecret: string; dataKey: Buffer } | undefined;

/**
 * Secrets come from the environment; production refuses to start without them. Elsewhere a missing secret is
 * replaced by a random one for this process only (npm start persists its own in .data/dev-secrets.json).
 */
export function securityConfig() {
  const production = process.env.NODE_ENV === 'production';
  if (production && (!process.env.JWT_SECRET || !process.env.DATA_ENCRYPTION_KEY))
    throw new Error('JWT_SECRET and DATA_ENCRYPTION_KEY must be set in production');
  ephemeral ??= { jwtSecret: randomBytes(32).toString('base64'), dataKey: randomBytes(32) };
  const dataKey = process.env.DATA_ENCRYPTION_KEY ? Buffer.from(process.env.DATA_ENCRYPTION_KEY, 'base64') : ephemeral.dataKey;
  if (dataKey.length !== 32) throw new Error('DATA_ENCRYPTION_KEY must be 32 bytes, base64-encoded');
  return {
    jwtSecret: process.env.JWT_SECRET ?? ephemeral.jwtSecret,
    tokenTtlSeconds: Number(process.env.TOKEN_TTL_SECONDS ?? 8 * 3600),
    dataKey,
  };
}
