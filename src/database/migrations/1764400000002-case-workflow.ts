import { MigrationInterface, QueryRunner } from 'typeorm';

/** A case becomes a workflow with a charge (and so a severity) and a close reason. */
export class CaseWorkflow1764400000002 implements MigrationInterface {
  name = 'CaseWorkflow1764400000002';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases
      ADD COLUMN workflow_id text,
      ADD COLUMN charge_article integer,
      ADD COLUMN charge_clause integer,
      ADD COLUMN severity text,
      ADD COLUMN closed_at timestamptz,
      ADD COLUMN close_reason text,
      ADD CONSTRAINT uq_cases_workflow_id UNIQUE (workflow_id)`);
    // Cases opened before this release get the workflow ID their case workflow would have.
    await q.query(`UPDATE cases SET workflow_id = 'case-' || reference WHERE workflow_id IS NULL`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases DROP CONSTRAINT uq_cases_workflow_id,
      DROP COLUMN workflow_id, DROP COLUMN charge_article, DROP COLUMN charge_clause, DROP COLUMN severity,
      DROP COLUMN closed_at, DROP COLUMN close_reason`);
  }
}
