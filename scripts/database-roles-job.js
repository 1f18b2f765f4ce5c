#!/usr/bin/env node
'use strict';
// The Docker Compose `database-roles` job (docs/operations.md): on the production PostgreSQL, creates the three login
// roles of docs/security.md ("Database roles") with the passwords from .env, and hands the app's database to the owner
// role, exactly as `npm start` does on its embedded server. Safe to re-run: it also sets changed passwords. After it,
// the migration job connects as the owner and the API and the worker as the application role, never as `postgres`.
//
//   DATABASE_SUPERUSER_URL   postgres://postgres:…@host:5432/<app database>   (only this job sees it)
//   DB_OWNER_PASSWORD, DB_APP_PASSWORD, DB_REPORTING_PASSWORD

const { ensureRoles, attachDatabase, ROLES } = require('./database-roles');

async function main() {
  const superuserUrl = process.env.DATABASE_SUPERUSER_URL;
  const passwords = { owner: process.env.DB_OWNER_PASSWORD, app: process.env.DB_APP_PASSWORD, reporting: process.env.DB_REPORTING_PASSWORD };
  const missing = [
    ['DATABASE_SUPERUSER_URL', superuserUrl],
    ['DB_OWNER_PASSWORD', passwords.owner],
    ['DB_APP_PASSWORD', passwords.app],
    ['DB_REPORTING_PASSWORD', passwords.reporting],
  ].filter(([, value]) => !value);
  if (missing.length) throw new Error(`set ${missing.map(([name]) => name).join(', ')} (scripts/make-env.sh writes the passwords)`);
  const database = decodeURIComponent(new URL(superuserUrl).pathname.slice(1));
  if (!database) throw new Error('DATABASE_SUPERUSER_URL must name the app database, e.g. postgres://postgres:…@postgresql:5432/anti_trafficking');
  await ensureRoles(superuserUrl, passwords);
  await attachDatabase(superuserUrl, database);
  console.log(`[database-roles] ${Object.values(ROLES).join(', ')} ready; ${database} belongs to ${ROLES.owner}`);
}

main().catch((e) => {
  console.error(`[database-roles] ${e.message}`);
  process.exit(1);
});
