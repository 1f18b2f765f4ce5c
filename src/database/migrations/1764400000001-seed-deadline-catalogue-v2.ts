import { MigrationInterface, QueryRunner } from 'typeorm';
import { DEADLINE_CATALOGUE_V2 } from '../seeds/deadline-catalogue-v2';

/** Publishes catalogue version 2 (rescue, reception and repatriation, prosecution); processes on version 1 keep it. */
export class SeedDeadlineCatalogueV21764400000001 implements MigrationInterface {
  name = 'SeedDeadlineCatalogueV21764400000001';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `INSERT INTO deadline_catalogue_versions (version, entries, escalation_ladder, note) VALUES (2, $1::jsonb, $2::jsonb, $3)
       ON CONFLICT (version) DO NOTHING`,
      [
        JSON.stringify(DEADLINE_CATALOGUE_V2.entries),
        JSON.stringify(DEADLINE_CATALOGUE_V2.escalationLadder),
        'Rescue, victim reception and repatriation, prosecution handoff (processes.md §4.2–4.4)',
      ],
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM deadline_catalogue_versions WHERE version = 2`);
  }
}
