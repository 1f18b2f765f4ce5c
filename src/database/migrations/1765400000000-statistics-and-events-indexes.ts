import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Statistics read a period's completions (whatever the step) and the live event poller reads the rows changed since
 * its last read: each gets an index, so both cost what the period or the last seconds hold, not the whole history.
 */
const INDEXES: Array<[name: string, definition: string]> = [
  ['idx_tasks_completed', `tasks (completed_at, step_type) WHERE status = 'COMPLETED'`],
  ['idx_tasks_updated', `tasks (updated_at)`],
  ['idx_tips_updated', `tips (updated_at)`],
  ['idx_escalations_fired', `escalations (fired_at)`],
];

export class StatisticsAndEventsIndexes1765400000000 implements MigrationInterface {
  name = 'StatisticsAndEventsIndexes1765400000000';

  public async up(q: QueryRunner): Promise<void> {
    for (const [name, definition] of INDEXES) await q.query(`CREATE INDEX ${name} ON ${definition}`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const [name] of [...INDEXES].reverse()) await q.query(`DROP INDEX ${name}`);
  }
}
