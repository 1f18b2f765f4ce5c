import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An index led by every column that refers to another row, declared foreign key or not, wherever a list, a join or the
 * escalation ladder looks rows up by it: without one, a lookup of a task's escalations or an escalation's
 * notifications reads the whole table (over 50 s for notifications.escalation_id at 13,800 escalations).
 */
const INDEXES: Array<[name: string, definition: string]> = [
  ['idx_notifications_escalation', `notifications (escalation_id)`],
  ['idx_notifications_task_created', `notifications (task_id, created_at)`],
  ['idx_escalations_task_level', `escalations (task_id, level)`],
  ['idx_escalations_process', `escalations (process_id)`],
  ['idx_agencies_parent_code', `agencies (parent_code)`],
  ['idx_sessions_user_id', `sessions (user_id)`],
];

export class ForeignKeyIndexes1766700000000 implements MigrationInterface {
  name = 'ForeignKeyIndexes1766700000000';

  public async up(q: QueryRunner): Promise<void> {
    for (const [name, definition] of INDEXES) await q.query(`CREATE INDEX ${name} ON ${definition}`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const [name] of [...INDEXES].reverse()) await q.query(`DROP INDEX ${name}`);
  }
}
