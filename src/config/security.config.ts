import { randomBytes } from 'node:crypto';
import { environment } from './environment';

let ephemeral: { jwtSecret: string; dataKey: Buffer } | undefined;

/**
 * Secrets come from the environment; outside development and tests the schema refuses to start without them. In
 * development and tests a missing secret is replaced by a random one for this process only (npm start persists its
 * own in .data/dev-secrets.json).
 */
export function securityConfig() {
  const env = environment();
  ephemeral ??= { jwtSecret: randomBytes(32).toString('base64'), dataKey: randomBytes(32) };
  return {
    jwtSecret: env.JWT_SECRET ?? ephemeral.jwtSecret,
    dataKey: env.DATA_ENCRYPTION_KEY ? Buffer.from(env.DATA_ENCRYPTION_KEY, 'base64') : ephemeral.dataKey,
  };
}
