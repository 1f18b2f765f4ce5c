import { MigrationInterface, QueryRunner } from 'typeorm';
import { DEADLINE_CATALOGUE_V5 } from '../seeds/deadline-catalogue-v5';
import { insertCatalogueVersion } from '../seeds/insert-catalogue-version';

/**
 * Suspension as the law has it (docs/suspension.md): catalogue version 5 with the periods for sending a suspension to
 * the procuracy, and the time a task stood in an internal pause (reporting only: it never moves a LAW period).
 */
export class SuspensionDecisions1766100000001 implements MigrationInterface {
  name = 'SuspensionDecisions1766100000001';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE tasks
      ADD COLUMN internal_pause_since timestamptz,
      ADD COLUMN internal_paused_ms bigint NOT NULL DEFAULT 0`);
    await insertCatalogueVersion(q, 5, DEADLINE_CATALOGUE_V5, 'Suspension decisions sent to the procuracy (BLTTHS art. 148, 229)');
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM deadline_catalogue_versions WHERE version = 5`);
    await q.query(`ALTER TABLE tasks DROP COLUMN internal_pause_since, DROP COLUMN internal_paused_ms`);
  }
}
