import { MigrationInterface, QueryRunner } from 'typeorm';

/** Each user's language for the web app, kept on the server so it follows them to any computer. */
export class UserLanguage1765510000000 implements MigrationInterface {
  name = 'UserLanguage1765510000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN language text NOT NULL DEFAULT 'vi' CONSTRAINT chk_users_language CHECK (language IN ('vi', 'en'))`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP COLUMN language`);
  }
}
