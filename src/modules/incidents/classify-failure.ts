/** PostgreSQL error classes a retry cannot fix: the data itself is refused (22) or breaks a constraint (23), or exceeds a limit (54). */
const PERMANENT_SQLSTATE_CLASSES = new Set(['22', '23', '54']);

export type FailureKind = 'PERMANENT' | 'TRANSIENT';

/**
 * Whether retrying an activity could ever succeed. Connection loss, shutdowns, deadlocks and lock timeouts
 * (classes 08, 40, 53, 55, 57, 58 and socket errors) pass; refused data and programming errors do not.
 */
export function classifyFailure(error: unknown): FailureKind {
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return PERMANENT_SQLSTATE_CLASSES.has(code.slice(0, 2)) ? 'PERMANENT' : 'TRANSIENT';
  if (error instanceof TypeError || error instanceof RangeError) return 'PERMANENT';
  return 'TRANSIENT';
}
