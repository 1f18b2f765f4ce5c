import { MigrationInterface, QueryRunner } from 'typeorm';
import { DEADLINE_CATALOGUE_V4 } from '../seeds/deadline-catalogue-v4';
import { insertCatalogueVersion } from '../seeds/insert-catalogue-version';

/** Catalogue version 4: art. 277(1)'s 15 days after a file comes back are LAW, as the statute table fixes them. */
export class SeedDeadlineCatalogueV41766000000000 implements MigrationInterface {
  name = 'SeedDeadlineCatalogueV41766000000000';

  public async up(q: QueryRunner): Promise<void> {
    await insertCatalogueVersion(
      q,
      4,
      DEADLINE_CATALOGUE_V4,
      'Art. 277(1): 15 days to decide on a file received back after supplementary investigation, LAW',
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM deadline_catalogue_versions WHERE version = 4`);
  }
}
