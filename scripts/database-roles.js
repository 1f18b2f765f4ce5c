'use strict';
// Least privilege in PostgreSQL (docs/security.md, "Database roles"): the schema belongs to an owner role that runs
// the migrations; the API and the worker connect as an application role that owns nothing and may only read and write
// rows (on audit_log only read and insert); a reporting role only reads. None is a superuser. `npm start` and the tests
// create them on their embedded server exactly as production does (docs/operations.md). Plain CommonJS: it runs
// before any build.
//
//   await ensureRoles(superuserUrl, passwords)              once per server: the three login roles
//   await attachDatabase(superuserUrl, database)           per database: owned by the owner, the others may connect
//   roleUrls(serverUrl, database, passwords)               the three connection strings
// The grants on tables are given after every migration run, by the migration step (src/database/grant-roles.ts).

const { Client } = require('pg');

const ROLES = { owner: 'anti_trafficking_owner', app: 'anti_trafficking_app', reporting: 'anti_trafficking_reporting' };

const ident = (name) => `"${String(name).replace(/"/g, '""')}"`;
const literal = (value) => `'${String(value).replace(/'/g, "''")}'`;

async function withClient(url, fn) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Creates the roles that are missing (login, no superuser, no CREATEDB/CREATEROLE). With `setPasswords` existing ones
 * get these passwords too (`npm start`, one process); tests, which may start two systems at once on one server, use
 * fixed passwords and only create (a role created meanwhile by the other is fine).
 */
async function ensureRoles(superuserUrl, passwords, { setPasswords = true } = {}) {
  await withClient(superuserUrl, async (c) => {
    for (const [key, name] of Object.entries(ROLES)) {
      const { rowCount } = await c.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [name]);
      const attributes = `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${literal(passwords[key])}`;
      if (rowCount && setPasswords) await c.query(`ALTER ROLE ${ident(name)} WITH ${attributes}`);
      if (!rowCount)
        await c.query(`CREATE ROLE ${ident(name)} ${attributes}`).catch((e) => {
          if (e.code !== '42710' && e.code !== '23505') throw e; // duplicate_object / unique_violation: created meanwhile
        });
    }
  });
}

/**
 * Makes the owner role own `database`, its public schema and everything in it (a database migrated before the roles
 * existed belongs to the superuser), and lets the other two connect. Nobody else may create objects in it.
 */
async function attachDatabase(superuserUrl, database) {
  await withClient(superuserUrl.replace(/\/[^/?]*(\?|$)/, `/${database}$1`), async (c) => {
    const db = ident(database);
    await c.query(`ALTER DATABASE ${db} OWNER TO ${ident(ROLES.owner)}`);
    await c.query(`ALTER SCHEMA public OWNER TO ${ident(ROLES.owner)}`);
    await c.query(`REVOKE ALL ON DATABASE ${db} FROM PUBLIC`);
    await c.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${db} TO ${ident(ROLES.app)}, ${ident(ROLES.reporting)}`);
    await c.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
    const { rows } = await c.query(
      `SELECT format('ALTER %s %s OWNER TO %I',
                     CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END,
                     c.oid::regclass, $1::text) AS sql
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S') AND pg_get_userbyid(c.relowner) <> $1
          AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')))
       UNION ALL
       SELECT format('ALTER FUNCTION %s OWNER TO %I', p.oid::regprocedure, $1::text)
         FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> $1
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')`,
      [ROLES.owner],
    );
    for (const { sql } of rows) await c.query(sql);
  });
}

/** Connection strings for the three roles on the server and database of `serverUrl`. */
function roleUrls(serverUrl, database, passwords) {
  const url = (key) => {
    const u = new URL(serverUrl);
    u.username = ROLES[key];
    u.password = passwords[key];
    u.pathname = `/${database}`;
    return u.toString();
  };
  return { migrationUrl: url('owner'), appUrl: url('app'), reportingUrl: url('reporting'), reportingRole: ROLES.reporting };
}

module.exports = { ROLES, ensureRoles, attachDatabase, roleUrls };
