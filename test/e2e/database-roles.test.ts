import { Client } from 'pg';
import { startTestSystem, TestSystem } from '../support/test-system';
import { TEST_ROLE_PASSWORDS } from '../support/test-role-passwords';

/** Least privilege: the API and the worker connect as a role that owns nothing and cannot rewrite the audit log. */
describe('database roles', () => {
  let system: TestSystem;
  const clients: Client[] = [];

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.end()));
    await system?.close();
  });

  async function connect(url: string): Promise<Client> {
    const client = new Client({ connectionString: url });
    await client.connect();
    clients.push(client);
    return client;
  }

  const reportingUrl = () => {
    const u = new URL(system.databaseUrl);
    u.username = 'anti_trafficking_reporting';
    u.password = TEST_ROLE_PASSWORDS.reporting;
    return u.toString();
  };

  it('the API works connected as the application role, which is no superuser and owns nothing', async () => {
    const admin = await system.as('admin'); // a login writes a session and an audit row through the API
    expect((await admin.get('/me')).status).toBe(200);
    const superuser = await connect(system.superuserUrl);
    const { rows: sessions } = await superuser.query(
      `SELECT DISTINCT usename FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );
    expect(sessions.map((r) => r.usename)).toContain('anti_trafficking_app');
    expect(sessions.map((r) => r.usename)).not.toContain('postgres');

    const app = await connect(system.databaseUrl);
    const { rows } = await app.query(`SELECT current_user AS name, rolsuper, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = current_user`);
    expect(rows[0]).toEqual({ name: 'anti_trafficking_app', rolsuper: false, rolcreaterole: false, rolcreatedb: false });
    const { rows: owned } = await superuser.query(
      `SELECT count(*)::int AS n FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles WHERE rolname = 'anti_trafficking_app')`,
    );
    expect(owned[0].n).toBe(0);
    const { rows: tables } = await superuser.query(
      `SELECT DISTINCT pg_get_userbyid(relowner) AS owner FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND relkind = 'r'`,
    );
    expect(tables).toEqual([{ owner: 'anti_trafficking_owner' }]);
  });

  it('the application role reads and inserts audit rows but cannot update, delete or truncate them', async () => {
    const app = await connect(system.databaseUrl);
    expect((await app.query(`SELECT count(*)::int AS n FROM audit_log`)).rows[0].n).toBeGreaterThan(0);
    await expect(app.query(`UPDATE audit_log SET action = 'NOTHING'`)).rejects.toThrow(/permission denied for table audit_log/);
    await expect(app.query(`DELETE FROM audit_log`)).rejects.toThrow(/permission denied for table audit_log/);
    await expect(app.query(`TRUNCATE audit_log`)).rejects.toThrow(/permission denied for table audit_log/);
    // What a superuser could do and an attacker in the API must not: run programs, change the schema.
    await expect(app.query(`COPY (SELECT 1) TO PROGRAM 'true'`)).rejects.toThrow(/permission denied|must be superuser|pg_execute_server_program/);
    await expect(app.query(`CREATE TABLE planted (x int)`)).rejects.toThrow(/permission denied for schema public/);
    await expect(app.query(`ALTER TABLE audit_log DISABLE TRIGGER USER`)).rejects.toThrow(/must be owner/);
  });

  it('the trigger refuses UPDATE, DELETE and TRUNCATE of audit rows to the schema owner too', async () => {
    const owner = system.db;
    expect((await owner.query(`SELECT current_user AS name`))[0].name).toBe('anti_trafficking_owner');
    await expect(owner.query(`UPDATE audit_log SET action = 'NOTHING'`)).rejects.toThrow(/audit_log is append-only: UPDATE refused/);
    await expect(owner.query(`DELETE FROM audit_log`)).rejects.toThrow(/audit_log is append-only: DELETE refused/);
    await expect(owner.query(`TRUNCATE audit_log`)).rejects.toThrow(/audit_log is append-only: TRUNCATE refused/);
  });

  it('the reporting role reads every table and writes none', async () => {
    const reporting = await connect(reportingUrl());
    expect((await reporting.query(`SELECT count(*)::int AS n FROM users`)).rows[0].n).toBeGreaterThan(0);
    expect((await reporting.query(`SELECT count(*)::int AS n FROM audit_log`)).rows[0].n).toBeGreaterThan(0);
    await expect(reporting.query(`UPDATE users SET display_name = 'x'`)).rejects.toThrow(/permission denied for table users/);
    await expect(reporting.query(`INSERT INTO audit_log (id) VALUES (gen_random_uuid())`)).rejects.toThrow(/permission denied for table audit_log/);
  });
});
