import { createHash } from 'node:crypto';

/** The previous hash of the first row: the chain starts from a fixed value, not from nothing. */
export const AUDIT_GENESIS_HASH = '0'.repeat(64);

/** The chainer (AuditChainer) takes this transaction-scoped advisory lock before reading the head: one chains at a time. */
export const AUDIT_CHAIN_LOCK_KEY = 1_767_400_000;

/** The fields a row's hash covers: all of them, the chain position and the previous hash included. */
export interface ChainedAuditRow {
  sequence: number;
  id: string;
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  detail: unknown;
  at: Date;
  previousHash: string;
}

/** JSON with object keys sorted at every depth: jsonb does not keep key order, so the hash must not depend on it. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** SHA-256 (hex) over the row's canonical serialisation; `at` to the millisecond, as the column keeps it. */
export function auditRowHash(row: ChainedAuditRow): string {
  const serialised = canonicalJson([
    row.sequence,
    row.id,
    row.actorId,
    row.action,
    row.subjectType,
    row.subjectId,
    row.detail ?? {},
    row.at.toISOString(),
    row.previousHash,
  ]);
  return createHash('sha256').update(serialised, 'utf8').digest('hex');
}
