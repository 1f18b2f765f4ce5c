import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Projection incidents: a write from a workflow that PostgreSQL refused for good (a permanent error), kept for
 * operators instead of being retried for ever. Idempotency keys: per caller, bound to a fingerprint of the request,
 * with the first answer to replay.
 */
export class IncidentsAndIdempotency1764800000000 implements MigrationInterface {
  name = 'IncidentsAndIdempotency1764800000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE projection_incidents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workflow_id text NOT NULL,
        activity text NOT NULL,
        subject_id text,
        error_class text NOT NULL,
        error_code text,
        attempts integer NOT NULL DEFAULT 1,
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'RESOLVED')),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz,
        resolution text
      )`);
    await q.query(
      `CREATE UNIQUE INDEX projection_incidents_open ON projection_incidents (workflow_id, activity, coalesce(subject_id, '')) WHERE status = 'OPEN'`,
    );
    await q.query(`
      CREATE TABLE idempotency_keys (
        user_id uuid NOT NULL,
        key text NOT NULL,
        fingerprint text NOT NULL,
        status text NOT NULL DEFAULT 'IN_PROGRESS' CHECK (status IN ('IN_PROGRESS', 'DONE', 'UNKNOWN')),
        response_status integer,
        response_body jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, key)
      )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_keys`);
    await q.query(`DROP TABLE projection_incidents`);
  }
}
