import { MigrationInterface, QueryRunner } from 'typeorm';

/** Pending, approved and rejected requests for COORDINATOR, ADMIN or AUDITOR (two administrators per grant). */
export class RoleGrants1767400000001 implements MigrationInterface {
  name = 'RoleGrants1767400000001';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE role_grants (
        id            uuid        NOT NULL DEFAULT gen_random_uuid(),
        user_id       uuid        NOT NULL,
        role          text        NOT NULL,
        status        text        NOT NULL,
        requested_by  uuid        NOT NULL,
        requested_at  timestamptz NOT NULL DEFAULT now(),
        decided_by    uuid,
        decided_at    timestamptz,
        CONSTRAINT pk_role_grants PRIMARY KEY (id)
      )`);
    await q.query(`CREATE INDEX idx_role_grants_user ON role_grants (user_id, status)`);
    await q.query(`CREATE INDEX idx_role_grants_status ON role_grants (status, requested_at)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE role_grants`);
  }
}
