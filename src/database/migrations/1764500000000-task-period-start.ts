import { MigrationInterface, QueryRunner } from 'typeorm';

/** A task's legal period may start before the task exists (a tip's receipt): the projection keeps both instants. */
export class TaskPeriodStart1764500000000 implements MigrationInterface {
  name = 'TaskPeriodStart1764500000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE tasks ADD COLUMN starts_at timestamptz`);
    await q.query(`UPDATE tasks SET starts_at = created_at`);
    await q.query(`ALTER TABLE tasks ALTER COLUMN starts_at SET NOT NULL`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE tasks DROP COLUMN starts_at`);
  }
}
