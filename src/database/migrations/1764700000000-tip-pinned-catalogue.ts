import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A tip keeps the catalogue version in force when the API accepted it, so a tip saved while the engine was down
 * (PENDING_START) starts with that version, not one published meanwhile. Null for tips accepted before.
 */
export class TipPinnedCatalogue1764700000000 implements MigrationInterface {
  name = 'TipPinnedCatalogue1764700000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE tips ADD COLUMN catalogue_version integer`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE tips DROP COLUMN catalogue_version`);
  }
}
