import { MigrationInterface, QueryRunner } from 'typeorm';

/** A login attempt is PENDING while its password is checked: it counts as failed only once it has failed. */
export class PendingLoginAttempts1766500000000 implements MigrationInterface {
  name = 'PendingLoginAttempts1766500000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE login_events DROP CONSTRAINT ck_login_events_outcome`);
    await q.query(
      `ALTER TABLE login_events ADD CONSTRAINT ck_login_events_outcome CHECK (outcome IN ('PENDING', 'SUCCEEDED', 'FAILED', 'LOCKED', 'RATE_LIMITED'))`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE login_events SET outcome = 'FAILED' WHERE outcome = 'PENDING'`);
    await q.query(`ALTER TABLE login_events DROP CONSTRAINT ck_login_events_outcome`);
    await q.query(
      `ALTER TABLE login_events ADD CONSTRAINT ck_login_events_outcome CHECK (outcome IN ('SUCCEEDED', 'FAILED', 'LOCKED', 'RATE_LIMITED'))`,
    );
  }
}
