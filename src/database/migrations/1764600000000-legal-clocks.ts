import { MigrationInterface, QueryRunner } from 'typeorm';
import { DEADLINE_CATALOGUE_V3 } from '../seeds/deadline-catalogue-v3';
import { insertCatalogueVersion } from '../seeds/insert-catalogue-version';
import { PUBLIC_HOLIDAYS_2028 } from '../seeds/public-holidays-2028';

/**
 * Legal clocks: tasks show how sure their period is and whether their calendar is complete; the calendar records
 * which years are published (2026–2028, 2028 provisional); catalogue version 3 states extension law per tier.
 */
export class LegalClocks1764600000000 implements MigrationInterface {
  name = 'LegalClocks1764600000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE tasks
      ADD COLUMN confidence text,
      ADD COLUMN calendar_incomplete boolean NOT NULL DEFAULT false`);
    await q.query(`CREATE TABLE calendar_years (
      year integer NOT NULL, published_at timestamptz NOT NULL DEFAULT now(), note text NOT NULL,
      CONSTRAINT pk_calendar_years PRIMARY KEY (year),
      CONSTRAINT ck_calendar_years_year CHECK (year BETWEEN 2000 AND 2100))`);
    for (const h of PUBLIC_HOLIDAYS_2028)
      await q.query(`INSERT INTO public_holidays (date, name_vi, name_en) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [h.date, h.nameVi, h.nameEn]);
    await q.query(`INSERT INTO calendar_years (year, note) VALUES
      (2026, 'Government decision for 2026'), (2027, 'Government decision for 2027'),
      (2028, 'Provisional: Labour Code art. 112 days; Tết break to confirm with the 2028 decision')
      ON CONFLICT DO NOTHING`);
    await insertCatalogueVersion(
      q,
      3,
      DEADLINE_CATALOGUE_V3,
      'Extension law per tier (BLTTHS art. 147, 172, 240, 277), art. 134 counting, honest labels',
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM deadline_catalogue_versions WHERE version = 3`);
    await q.query(`DROP TABLE calendar_years`);
    await q.query(`DELETE FROM public_holidays WHERE date BETWEEN '2028-01-01' AND '2028-12-31'`);
    await q.query(`ALTER TABLE tasks DROP COLUMN confidence, DROP COLUMN calendar_incomplete`);
  }
}
