import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One index per list's default query, ending in (sort key, id) so a page is an index range scan that stops after
 * `limit` rows however much history lies behind it. Open tasks get partial indexes: closed tasks pile up for ever,
 * the open queue stays small, and the default task list reads only the latter.
 */
const INDEXES: Array<[name: string, definition: string]> = [
  ['idx_tasks_open_agency_due', `tasks (agency_code, due_at, id) WHERE status IN ('OPEN', 'CLAIMED')`],
  ['idx_tasks_open_due', `tasks (due_at, id) WHERE status IN ('OPEN', 'CLAIMED')`],
  ['idx_tasks_open_assignee_due', `tasks (assignee_id, due_at, id) WHERE status IN ('OPEN', 'CLAIMED')`],
  ['idx_tasks_agency_due', `tasks (agency_code, due_at, id)`],
  ['idx_tasks_case_agency', `tasks (case_id, agency_code)`],
  ['idx_tasks_process_agency', `tasks (process_id, agency_code)`],
  ['idx_tips_received', `tips (received_at, id)`],
  ['idx_tips_agency_received', `tips (investigating_agency_code, received_at, id)`],
  ['idx_tips_case', `tips (case_id)`],
  ['idx_cases_opened', `cases (opened_at, id)`],
  ['idx_escalations_open_fired', `escalations (fired_at, id) WHERE acknowledged_at IS NULL`],
  ['idx_escalations_target_fired', `escalations (target, agency_code, fired_at, id)`],
  ['idx_notifications_agency_created', `notifications (agency_code, created_at, id)`],
  ['idx_notifications_user_created', `notifications (recipient_user_id, created_at, id) WHERE recipient_user_id IS NOT NULL`],
];

export class ListIndexes1765100000000 implements MigrationInterface {
  name = 'ListIndexes1765100000000';

  public async up(q: QueryRunner): Promise<void> {
    for (const [name, definition] of INDEXES) await q.query(`CREATE INDEX ${name} ON ${definition}`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const [name] of [...INDEXES].reverse()) await q.query(`DROP INDEX ${name}`);
  }
}
