import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { TEST_ROLE_PASSWORDS } from '../support/test-role-passwords';

const run = promisify(execFile);
const script = join(__dirname, '../../scripts/database-roles-job.js');

/** The compose file's database-roles job, run for real against the test PostgreSQL as compose would run it. */
describe('database-roles job (docker-compose.yml)', () => {
  const adminUrl = process.env.TEST_PG_ADMIN_URL!;
  const database = `roles_job_${process.pid}`;
  const urlOf = (user: string, password: string, db = database) => {
    const u = new URL(adminUrl);
    u.username = user;
    u.password = password;
    u.pathname = `/${db}`;
    return u.toString();
  };
  const superuserUrl = () => {
    const u = new URL(adminUrl);
    u.pathname = `/${database}`;
    return u.toString();
  };
  // The test servers' fixed passwords: the job sets passwords, and other suites connect with these at the same time.
  const env = () => ({
    ...process.env,
    DATABASE_SUPERUSER_URL: superuserUrl(),
    DB_OWNER_PASSWORD: TEST_ROLE_PASSWORDS.owner,
    DB_APP_PASSWORD: TEST_ROLE_PASSWORDS.app,
    DB_REPORTING_PASSWORD: TEST_ROLE_PASSWORDS.reporting,
  });

  async function query(url: string, sql: string): Promise<any[]> {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(sql)).rows;
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    await query(adminUrl, `CREATE DATABASE ${database}`);
    // A database first made by the superuser, with a table in it, as compose's postgres image leaves it.
    await query(superuserUrl(), `CREATE TABLE before_roles (id int)`);
  });
  afterAll(async () => {
    await query(adminUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  });

  it('creates the three roles, none a superuser, and hands the database and its tables to the owner; re-runs cleanly', async () => {
    for (let i = 0; i < 2; i++) {
      const { stdout } = await run('node', [script], { env: env() });
      expect(stdout).toContain(`${database} belongs to anti_trafficking_owner`);
    }
    const roles = await query(
      adminUrl,
      `SELECT rolname, rolsuper, rolcreatedb, rolcreaterole FROM pg_roles WHERE rolname LIKE 'anti_trafficking_%' ORDER BY rolname`,
    );
    expect(roles).toEqual(
      ['anti_trafficking_app', 'anti_trafficking_owner', 'anti_trafficking_reporting'].map((rolname) => ({
        rolname,
        rolsuper: false,
        rolcreatedb: false,
        rolcreaterole: false,
      })),
    );
    const [owners] = await query(
      superuserUrl(),
      `SELECT pg_get_userbyid(d.datdba) AS db, (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE relname = 'before_roles') AS tbl
         FROM pg_database d WHERE d.datname = current_database()`,
    );
    expect(owners).toEqual({ db: 'anti_trafficking_owner', tbl: 'anti_trafficking_owner' });
    // The application role connects with the password given, and may not create objects.
    const app = new Client({ connectionString: urlOf('anti_trafficking_app', TEST_ROLE_PASSWORDS.app) });
    await app.connect();
    try {
      await expect(app.query(`CREATE TABLE app_made (id int)`)).rejects.toMatchObject({ code: '42501' });
    } finally {
      await app.end();
    }
  });

  it('stops naming what is missing', async () => {
    const failed = await run('node', [script], { env: { ...env(), DB_APP_PASSWORD: '' } }).catch((e) => e);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('set DB_APP_PASSWORD');
  });
});
