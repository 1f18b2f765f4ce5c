import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A reception's person on its tasks (pseudonymous label and whether a child), so a list names whom a task is about
 * without asking the workflow. Tasks projected before it keep nulls.
 */
export class TaskPerson1766300000000 implements MigrationInterface {
  name = 'TaskPerson1766300000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE tasks ADD COLUMN person_label text, ADD COLUMN person_child boolean`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE tasks DROP COLUMN person_label, DROP COLUMN person_child`);
  }
}
