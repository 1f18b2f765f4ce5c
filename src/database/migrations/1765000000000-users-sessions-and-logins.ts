import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Revocable sessions with rotating refresh tokens (only their SHA-256 is stored), the login record that drives rate
 * limits and lockouts (no passwords), and what administrators need on users: a forced password change.
 */
export class UsersSessionsAndLogins1765000000000 implements MigrationInterface {
  name = 'UsersSessionsAndLogins1765000000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE users
        ADD COLUMN must_change_password boolean NOT NULL DEFAULT false,
        ADD COLUMN password_changed_at timestamptz,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
    await q.query(`CREATE INDEX idx_users_agency_code ON users (agency_code, username)`);
    await q.query(`ALTER TABLE agencies ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
    await q.query(`
      CREATE TABLE sessions (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        client_address text,
        created_at timestamptz NOT NULL DEFAULT now(),
        refreshed_at timestamptz,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        revoked_reason text,
        CONSTRAINT pk_sessions PRIMARY KEY (id),
        CONSTRAINT fk_sessions_user_id FOREIGN KEY (user_id) REFERENCES users (id)
      )`);
    await q.query(`CREATE INDEX idx_sessions_user_live ON sessions (user_id) WHERE revoked_at IS NULL`);
    await q.query(`
      CREATE TABLE refresh_tokens (
        token_hash text NOT NULL,
        session_id uuid NOT NULL,
        issued_at timestamptz NOT NULL DEFAULT now(),
        used_at timestamptz,
        CONSTRAINT pk_refresh_tokens PRIMARY KEY (token_hash),
        CONSTRAINT fk_refresh_tokens_session_id FOREIGN KEY (session_id) REFERENCES sessions (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX idx_refresh_tokens_session_id ON refresh_tokens (session_id)`);
    await q.query(`
      CREATE TABLE login_events (
        id bigserial NOT NULL,
        username text NOT NULL,
        user_id uuid,
        client_address text NOT NULL,
        outcome text NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_login_events PRIMARY KEY (id),
        CONSTRAINT ck_login_events_outcome CHECK (outcome IN ('SUCCEEDED', 'FAILED', 'LOCKED', 'RATE_LIMITED'))
      )`);
    await q.query(`CREATE INDEX idx_login_events_username_at ON login_events (username, at)`);
    await q.query(`CREATE INDEX idx_login_events_address_at ON login_events (client_address, at)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE login_events`);
    await q.query(`DROP TABLE refresh_tokens`);
    await q.query(`DROP TABLE sessions`);
    await q.query(`ALTER TABLE agencies DROP COLUMN updated_at`);
    await q.query(`DROP INDEX idx_users_agency_code`);
    await q.query(`ALTER TABLE users DROP COLUMN updated_at, DROP COLUMN password_changed_at, DROP COLUMN must_change_password`);
  }
}
