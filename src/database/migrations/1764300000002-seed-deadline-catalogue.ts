import { MigrationInterface, QueryRunner } from 'typeorm';
import { DEADLINE_CATALOGUE_V1 } from '../seeds/deadline-catalogue-v1';

/** Stores version 1 of the deadline catalogue; later versions are published, never edited in place. */
export class SeedDeadlineCatalogue1764300000002 implements MigrationInterface {
  name = 'SeedDeadlineCatalogue1764300000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `INSERT INTO deadline_catalogue_versions (version, entries, escalation_ladder, note)
       VALUES (1, $1::jsonb, $2::jsonb, $3)
       ON CONFLICT (version) DO NOTHING`,
      [
        JSON.stringify(DEADLINE_CATALOGUE_V1.entries),
        JSON.stringify(DEADLINE_CATALOGUE_V1.escalationLadder),
        'Initial catalogue from the domain reference (processes.md)',
      ],
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM deadline_catalogue_versions WHERE version = 1`);
  }
}
