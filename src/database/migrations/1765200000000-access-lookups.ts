import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every read of a case asks which agencies are involved in it: those with a task in it and the investigating agencies
 * of its tips. These indexes keep that lookup from scanning every task and tip of the province.
 */
export class AccessLookups1765200000000 implements MigrationInterface {
  name = 'AccessLookups1765200000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX idx_tasks_case ON tasks (case_id)`);
    await q.query(`CREATE INDEX idx_tips_case ON tips (case_id)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX idx_tips_case`);
    await q.query(`DROP INDEX idx_tasks_case`);
  }
}
