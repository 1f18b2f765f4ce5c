import { AUDIT_GENESIS_HASH, auditRowHash, ChainedAuditRow } from './audit-chain';
import { AuditChainProblem } from './audit-chain-problem';

/**
 * Walks rows in sequence order, fed in batches, and keeps the first break. Removing the newest rows leaves a shorter
 * chain that still holds: only an anchor kept elsewhere (the last verified sequence and hash) can show that.
 */
export class AuditChainVerifier {
  private expectedSequence = 1;
  private previousHash = AUDIT_GENESIS_HASH;
  checked = 0;
  problem: AuditChainProblem | null = null;
  /**
   * Rows in but not yet given their place in the chain (AuditChainer does that within seconds while the API or the
   * worker runs). Not part of the chain, so not verified: a count that stays, or an old one, means no chainer runs.
   */
  unchained: { count: number; oldest: Date | null } = { count: 0, oldest: null };

  /** Returns false once a problem is found (later rows prove nothing more). */
  feed(rows: Array<ChainedAuditRow & { hash: string }>): boolean {
    for (const row of rows) {
      if (this.problem) return false;
      this.problem = this.check(row);
      if (this.problem) return false;
      this.checked++;
      this.expectedSequence = row.sequence + 1;
      this.previousHash = row.hash;
    }
    return true;
  }

  private check(row: ChainedAuditRow & { hash: string }): AuditChainProblem | null {
    const at = { sequence: row.sequence, id: row.id };
    if (row.sequence > this.expectedSequence)
      return {
        kind: 'REMOVED',
        ...at,
        message: `rows ${this.expectedSequence}${row.sequence - 1 > this.expectedSequence ? `–${row.sequence - 1}` : ''} are missing before row ${row.sequence} (${row.id})`,
      };
    if (row.sequence < this.expectedSequence)
      return { kind: 'REORDERED', ...at, message: `row ${row.id} has sequence ${row.sequence}, expected ${this.expectedSequence}` };
    if (row.previousHash !== this.previousHash)
      return {
        kind: 'REORDERED',
        ...at,
        message: `row ${row.sequence} (${row.id}) does not follow row ${row.sequence - 1}: its previous hash differs (moved, or a row before it was replaced)`,
      };
    if (auditRowHash(row) !== row.hash)
      return {
        kind: 'ALTERED',
        ...at,
        message: `row ${row.sequence} (${row.id}, ${row.action}) was altered: its content no longer matches its hash`,
      };
    return null;
  }
}
