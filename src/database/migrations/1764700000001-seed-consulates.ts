import { MigrationInterface, QueryRunner } from 'typeorm';
import { CONSULATES_SEED } from '../seeds/agency-seed';

/** The Consulates General in Battambang and Sihanoukville, external counterparts like the embassy in Phnom Penh. */
export class SeedConsulates1764700000001 implements MigrationInterface {
  name = 'SeedConsulates1764700000001';

  public async up(q: QueryRunner): Promise<void> {
    for (const a of CONSULATES_SEED)
      await q.query(
        `INSERT INTO agencies (code, name_vi, name_en, kind, parent_code, external, border_area)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (code) DO NOTHING`,
        [a.code, a.nameVi, a.nameEn, a.kind, a.parentCode, a.external, a.borderArea],
      );
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const a of CONSULATES_SEED) await q.query(`DELETE FROM agencies WHERE code = $1`, [a.code]);
  }
}
