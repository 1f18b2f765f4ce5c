import { MigrationInterface, QueryRunner } from 'typeorm';

/** The Idempotency-Key a case was opened with (with its caller): a retry after an unknown outcome finds that case. */
export class CaseIdempotencyKey1766200000000 implements MigrationInterface {
  name = 'CaseIdempotencyKey1766200000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases ADD COLUMN idempotency_key text CONSTRAINT uq_cases_idempotency_key UNIQUE`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases DROP COLUMN idempotency_key`);
  }
}
