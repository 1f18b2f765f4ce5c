import { MigrationInterface, QueryRunner } from 'typeorm';
import { PUBLIC_HOLIDAYS_SEED } from '../seeds/public-holidays';

/** Tasks gain external counterparts, a stoppable clock and cancellation; deadlines gain a holiday calendar. */
export class TaskClockAndHolidays1764400000000 implements MigrationInterface {
  name = 'TaskClockAndHolidays1764400000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE tasks
      ADD COLUMN external_party_code text,
      ADD COLUMN suspended_at timestamptz,
      ADD COLUMN paused_ms bigint NOT NULL DEFAULT 0,
      ADD COLUMN cancel_reason text`);
    await q.query(`ALTER TABLE tips DROP CONSTRAINT ck_tips_status`);
    await q.query(
      `ALTER TABLE tips ADD CONSTRAINT ck_tips_status CHECK (status IN ('PENDING_START', 'VERIFYING', 'SUSPENDED', 'UNFOUNDED', 'CONFIRMED', 'CANCELLED'))`,
    );
    await q.query(`CREATE TABLE public_holidays (
      date date NOT NULL, name_vi text NOT NULL, name_en text NOT NULL,
      CONSTRAINT pk_public_holidays PRIMARY KEY (date))`);
    for (const h of PUBLIC_HOLIDAYS_SEED)
      await q.query(`INSERT INTO public_holidays (date, name_vi, name_en) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [h.date, h.nameVi, h.nameEn]);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE public_holidays`);
    await q.query(`ALTER TABLE tips DROP CONSTRAINT ck_tips_status`);
    await q.query(
      `ALTER TABLE tips ADD CONSTRAINT ck_tips_status CHECK (status IN ('PENDING_START', 'VERIFYING', 'SUSPENDED', 'UNFOUNDED', 'CONFIRMED'))`,
    );
    await q.query(`ALTER TABLE tasks DROP COLUMN external_party_code, DROP COLUMN suspended_at, DROP COLUMN paused_ms, DROP COLUMN cancel_reason`);
  }
}
