import { MigrationInterface, QueryRunner } from 'typeorm';
import { AGENCY_SEED, AgencySeed } from '../seeds/agency-seed';

/** Parents before children, whatever the order of the list (agencies.parent_code is a foreign key). */
function parentsFirst(rows: readonly AgencySeed[]): AgencySeed[] {
  const codes = new Set(rows.map((r) => r.code));
  const placed = new Set<string>();
  const ordered: AgencySeed[] = [];
  let pending = [...rows];
  while (pending.length > 0) {
    const ready = pending.filter((r) => r.parentCode === null || placed.has(r.parentCode) || !codes.has(r.parentCode));
    if (ready.length === 0) throw new Error(`Agency seed has a parent cycle among ${pending.map((r) => r.code).join(', ')}`);
    for (const r of ready) {
      ordered.push(r);
      placed.add(r.code);
    }
    pending = pending.filter((r) => !placed.has(r.code));
  }
  return ordered;
}

/** Seeds today's agencies (see AGENCY_SEED); later reorganisations come as new migrations. */
export class SeedAgencies1764300000001 implements MigrationInterface {
  name = 'SeedAgencies1764300000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const a of parentsFirst(AGENCY_SEED)) {
      await queryRunner.query(
        `INSERT INTO agencies (code, name_vi, name_en, kind, parent_code, external, border_area)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (code) DO NOTHING`,
        [a.code, a.nameVi, a.nameEn, a.kind, a.parentCode, a.external, a.borderArea],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Children before parents. Fails, as it should, while users, tips, tasks or notifications still refer to them.
    for (const a of parentsFirst(AGENCY_SEED).reverse()) {
      await queryRunner.query(`DELETE FROM agencies WHERE code = $1`, [a.code]);
    }
  }
}
