import type { DataSource } from 'typeorm';
import { databaseConfig } from '../config/database.config';

/**
 * Run by the schema owner after every migration run (grants are idempotent), so tables any migration created are
 * covered. The application role (DATABASE_URL's user, when it is not the owner) reads and writes rows and nothing
 * more; on audit_log it reads, inserts and sets the chain fields (the append-only trigger refuses any other change,
 * the owner's too). The reporting role
 * (DATABASE_REPORTING_ROLE) only reads. Returns the roles it granted to.
 */
export async function grantRoles(db: DataSource): Promise<string[]> {
  const config = databaseConfig();
  const owner = (await db.query(`SELECT current_user AS name`))[0].name as string;
  const app = decodeURIComponent(new URL(config.url).username);
  const granted: string[] = [];
  const ident = async (name: string) => (await db.query(`SELECT quote_ident($1) AS q`, [name]))[0].q as string;
  if (app && app !== owner && (await roleExists(db, app))) {
    const role = await ident(app);
    await db.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
    await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`);
    await db.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
    await db.query(`REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_log FROM ${role}`);
    // The chainer gives a row its place in the chain once; the trigger refuses any other UPDATE.
    await db.query(`GRANT UPDATE (sequence, previous_hash, hash) ON audit_log TO ${role}`);
    // The migrations' own bookkeeping is the owner's alone.
    await db.query(`REVOKE ALL ON migrations FROM ${role}`);
    granted.push(app);
  }
  const reporting = config.reportingRole;
  if (reporting && reporting !== owner && (await roleExists(db, reporting))) {
    const role = await ident(reporting);
    await db.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
    await db.query(`GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${role}`);
    granted.push(reporting);
  }
  return granted;
}

async function roleExists(db: DataSource, name: string): Promise<boolean> {
  return (await db.query(`SELECT 1 FROM pg_roles WHERE rolname = $1`, [name])).length > 0;
}
