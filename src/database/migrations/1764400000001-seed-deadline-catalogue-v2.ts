import { MigrationInterface, QueryRunner } from 'typeorm';
import { DEADLINE_CATALOGUE_V2 } from '../seeds/deadline-catalogue-v2';
import { insertCatalogueVersion } from '../seeds/insert-catalogue-version';

/** Publishes catalogue version 2 (rescue, reception and repatriation, prosecution); processes on version 1 keep it. */
export class SeedDeadlineCatalogueV21764400000001 implements MigrationInterface {
  name = 'SeedDeadlineCatalogueV21764400000001';

  public async up(q: QueryRunner): Promise<void> {
    await insertCatalogueVersion(
      q,
      2,
      DEADLINE_CATALOGUE_V2,
      'Rescue, victim reception and repatriation, prosecution handoff (processes.md §4.2–4.4)',
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM deadline_catalogue_versions WHERE version = 2`);
  }
}
