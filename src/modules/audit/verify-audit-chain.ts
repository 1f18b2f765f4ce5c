import type { Client } from 'pg';
import { AuditChainVerifier } from './audit-chain-verifier';

const BATCH = 2000;

/** Reads the whole audit log in sequence order, a batch at a time, and verifies its chain. */
export async function verifyAuditChain(client: Client): Promise<AuditChainVerifier> {
  const verifier = new AuditChainVerifier();
  let after = 0;
  for (;;) {
    const { rows } = await client.query(
      `SELECT sequence, id, actor_id, action, subject_type, subject_id, detail, at, previous_hash, hash
         FROM audit_log WHERE sequence > $1 ORDER BY sequence LIMIT ${BATCH}`,
      [after],
    );
    if (!rows.length) break;
    const more = verifier.feed(
      rows.map((r) => ({
        sequence: Number(r.sequence),
        id: r.id,
        actorId: r.actor_id,
        action: r.action,
        subjectType: r.subject_type,
        subjectId: r.subject_id,
        detail: r.detail,
        at: r.at,
        previousHash: r.previous_hash,
        hash: r.hash,
      })),
    );
    if (!more) break;
    after = Number(rows[rows.length - 1].sequence);
  }
  const [waiting] = (await client.query(`SELECT count(*)::int AS n, min(at) AS oldest FROM audit_log WHERE sequence IS NULL`)).rows;
  verifier.unchained = { count: waiting.n, oldest: waiting.oldest };
  return verifier;
}
