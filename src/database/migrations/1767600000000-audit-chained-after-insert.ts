import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Audit rows are chained after they are in (AuditChainer), so writers no longer queue on one lock: each row gets an
 * arrival number from a database sequence, its chain fields stay null until the chainer sets them, and the trigger
 * lets exactly that through — an UPDATE of a row not yet chained that sets all three chain fields and changes nothing
 * else. Every other UPDATE, every DELETE and TRUNCATE are still refused to every role.
 */
export class AuditChainedAfterInsert1767600000000 implements MigrationInterface {
  name = 'AuditChainedAfterInsert1767600000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_log ADD COLUMN arrival bigserial NOT NULL`);
    await q.query(
      `ALTER TABLE audit_log ALTER COLUMN sequence DROP NOT NULL, ALTER COLUMN previous_hash DROP NOT NULL, ALTER COLUMN hash DROP NOT NULL`,
    );
    await q.query(`CREATE INDEX idx_audit_log_unchained ON audit_log (arrival) WHERE sequence IS NULL`);
    await q.query(`
      CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE'
           AND OLD.sequence IS NULL AND OLD.previous_hash IS NULL AND OLD.hash IS NULL
           AND NEW.sequence IS NOT NULL AND NEW.previous_hash IS NOT NULL AND NEW.hash IS NOT NULL
           AND NEW.id = OLD.id AND NEW.arrival = OLD.arrival AND NEW.actor_id IS NOT DISTINCT FROM OLD.actor_id
           AND NEW.action = OLD.action AND NEW.subject_type = OLD.subject_type AND NEW.subject_id = OLD.subject_id
           AND NEW.detail = OLD.detail AND NEW.at = OLD.at THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`DROP INDEX idx_audit_log_unchained`);
    // Fails while rows wait to be chained: start the API or the worker once so the chainer finishes, then undo.
    await q.query(
      `ALTER TABLE audit_log ALTER COLUMN sequence SET NOT NULL, ALTER COLUMN previous_hash SET NOT NULL, ALTER COLUMN hash SET NOT NULL`,
    );
    await q.query(`ALTER TABLE audit_log DROP COLUMN arrival`);
  }
}
