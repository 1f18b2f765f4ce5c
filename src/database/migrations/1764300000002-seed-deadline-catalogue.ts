import { MigrationInterface, QueryRunner } from 'typeorm';
import { DEADLINE_CATALOGUE_V1 } from '../seeds/deadline-catalogue-v1';
import { insertCatalogueVersion } from '../seeds/insert-catalogue-version';

/** Stores version 1 of the deadline catalogue; later versions are published, never edited in place. */
export class SeedDeadlineCatalogue1764300000002 implements MigrationInterface {
  name = 'SeedDeadlineCatalogue1764300000002';

  public async up(q: QueryRunner): Promise<void> {
    await insertCatalogueVersion(q, 1, DEADLINE_CATALOGUE_V1, 'Initial catalogue from the domain reference (processes.md)');
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM deadline_catalogue_versions WHERE version = 1`);
  }
}
