import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The record of reference of every process and case: its view (timeline, tasks with their outcomes, escalations,
 * children), sealed, written by the worker as it changes. It outlives the engine's history (namespace retention).
 */
export class ProcessRecords1767300000000 implements MigrationInterface {
  name = 'ProcessRecords1767300000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE process_records (
        workflow_id text NOT NULL,
        kind text NOT NULL,
        process_type text NOT NULL,
        case_id uuid,
        status text NOT NULL,
        closed_at timestamptz,
        revision integer NOT NULL,
        key_id text NOT NULL,
        sealed bytea NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_process_records PRIMARY KEY (workflow_id),
        CONSTRAINT ck_process_records_kind CHECK (kind IN ('PROCESS', 'CASE'))
      )`);
    await q.query(`CREATE INDEX idx_process_records_case_id ON process_records (case_id)`);
    // The purge job's lookups: idempotency records and login events by age, spent sessions by when they ended.
    await q.query(`CREATE INDEX idx_idempotency_keys_created_at ON idempotency_keys (created_at)`);
    await q.query(`CREATE INDEX idx_login_events_at ON login_events (at)`);
    await q.query(`CREATE INDEX idx_sessions_expires_at ON sessions (expires_at)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX idx_sessions_expires_at`);
    await q.query(`DROP INDEX idx_login_events_at`);
    await q.query(`DROP INDEX idx_idempotency_keys_created_at`);
    await q.query(`DROP TABLE process_records`);
  }
}
