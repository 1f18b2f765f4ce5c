import { MigrationInterface, QueryRunner } from 'typeorm';
import { AUDIT_GENESIS_HASH, auditRowHash } from '../../modules/audit/audit-chain';

/**
 * The audit log becomes an append-only hash chain: a gap-free `sequence`, `previous_hash` and `hash` (rows written
 * before are chained in the order they were written), and a trigger that refuses UPDATE, DELETE and TRUNCATE for
 * every role, the table's owner included.
 */
export class AuditChain1767400000000 implements MigrationInterface {
  name = 'AuditChain1767400000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_log ADD COLUMN sequence bigint, ADD COLUMN previous_hash text, ADD COLUMN hash text`);
    // JavaScript dates keep milliseconds: the hash covers `at` as the application reads it back.
    await q.query(`UPDATE audit_log SET at = date_trunc('milliseconds', at)`);
    const rows = (await q.query(`SELECT id, actor_id, action, subject_type, subject_id, detail, at FROM audit_log ORDER BY at, id`)) as Array<{
      id: string;
      actor_id: string | null;
      action: string;
      subject_type: string;
      subject_id: string;
      detail: unknown;
      at: Date;
    }>;
    let previousHash = AUDIT_GENESIS_HASH;
    for (const [i, r] of rows.entries()) {
      const row = {
        sequence: i + 1,
        id: r.id,
        actorId: r.actor_id,
        action: r.action,
        subjectType: r.subject_type,
        subjectId: r.subject_id,
        detail: r.detail,
        at: r.at,
        previousHash,
      };
      const hash = auditRowHash(row);
      await q.query(`UPDATE audit_log SET sequence = $2, previous_hash = $3, hash = $4 WHERE id = $1`, [r.id, row.sequence, previousHash, hash]);
      previousHash = hash;
    }
    await q.query(
      `ALTER TABLE audit_log ALTER COLUMN sequence SET NOT NULL, ALTER COLUMN previous_hash SET NOT NULL, ALTER COLUMN hash SET NOT NULL`,
    );
    await q.query(`ALTER TABLE audit_log ALTER COLUMN at DROP DEFAULT`);
    await q.query(`ALTER TABLE audit_log ADD CONSTRAINT uq_audit_log_sequence UNIQUE (sequence)`);
    await q.query(`CREATE INDEX idx_audit_log_at ON audit_log (at)`);
    await q.query(`CREATE INDEX idx_audit_log_actor ON audit_log (actor_id, sequence)`);
    await q.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(
      `CREATE TRIGGER trg_audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`,
    );
    await q.query(
      `CREATE TRIGGER trg_audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER trg_audit_log_no_truncate ON audit_log`);
    await q.query(`DROP TRIGGER trg_audit_log_no_change ON audit_log`);
    await q.query(`DROP FUNCTION audit_log_append_only()`);
    await q.query(`DROP INDEX idx_audit_log_actor`);
    await q.query(`DROP INDEX idx_audit_log_at`);
    await q.query(`ALTER TABLE audit_log ALTER COLUMN at SET DEFAULT now()`);
    await q.query(`ALTER TABLE audit_log DROP CONSTRAINT uq_audit_log_sequence`);
    await q.query(`ALTER TABLE audit_log DROP COLUMN sequence, DROP COLUMN previous_hash, DROP COLUMN hash`);
  }
}
