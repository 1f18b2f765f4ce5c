import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { exitOnInvalidEnvironment } from '../config/exit-on-invalid-environment';
import { DEMO_PROVINCE_STAFF } from './demo-province/demo-province-staff';
import { DEMO_USERS, upsertUsers } from './demo-users';
import { createFirstAdmin } from './first-admin';
import { grantRoles } from './grant-roles';
import { migrationDataSourceOptions } from './migration-data-source-options';

/**
 * The schema step, run before the API and the worker start: applies pending migrations (which also seed the
 * agencies and the first deadline catalogue) as the schema owner, then grants the application and reporting roles
 * their rights (src/database/grant-roles.ts). Outside production it also (re)creates one demo account per role and an
 * officer and a head for every agency with work to do, with their passwords kept in DEMO_CREDENTIALS_FILE when set (so
 * they survive restarts), printed otherwise. With FIRST_ADMIN_USERNAME and FIRST_ADMIN_PASSWORD set, it creates that
 * administrator while none exists (the production bootstrap).
 */
async function main(): Promise<void> {
  exitOnInvalidEnvironment('migrate');
  // As the schema owner (DATABASE_MIGRATION_URL); the API and the worker connect as the application role.
  const dataSource = await new DataSource(migrationDataSourceOptions()).initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    console.log(`Migrations: ${applied.length} applied${applied.length ? ` (${applied.map((m) => m.name).join(', ')})` : ', schema up to date'}`);
    const granted = await grantRoles(dataSource);
    if (granted.length) console.log(`Privileges granted to ${granted.join(', ')}`);
    await bootstrapFirstAdmin(dataSource);
    if (process.env.NODE_ENV !== 'production') await seedDemoAccounts(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

async function bootstrapFirstAdmin(dataSource: DataSource): Promise<void> {
  const username = process.env.FIRST_ADMIN_USERNAME;
  if (!username) return;
  if (!process.env.FIRST_ADMIN_PASSWORD) throw new Error('FIRST_ADMIN_USERNAME is set without FIRST_ADMIN_PASSWORD');
  const result = await createFirstAdmin(dataSource, {
    username,
    password: process.env.FIRST_ADMIN_PASSWORD,
    agencyCode: process.env.FIRST_ADMIN_AGENCY,
  });
  console.log(
    result.created
      ? `First administrator ${result.username} created from FIRST_ADMIN_USERNAME; the password must be changed at first login.`
      : `FIRST_ADMIN_USERNAME ignored: ${result.reason}.`,
  );
}

async function seedDemoAccounts(dataSource: DataSource): Promise<void> {
  const file = process.env.DEMO_CREDENTIALS_FILE;
  const known: Record<string, string> = file && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const users = [...DEMO_USERS, ...DEMO_PROVINCE_STAFF].map((u) => ({
    ...u,
    roles: [...u.roles],
    password: known[u.username] ?? randomBytes(9).toString('base64url'),
  }));
  // Hashing is slow by design (scrypt, ~0.4 s each): accounts whose password the file already holds are left as they are.
  const existing = new Set(
    (
      (await dataSource.query(`SELECT username FROM users WHERE username = ANY($1)`, [users.map((u) => u.username)])) as Array<{ username: string }>
    ).map((r) => r.username),
  );
  await upsertUsers(
    dataSource,
    users.filter((u) => !existing.has(u.username) || !known[u.username]),
  );
  if (file) {
    writeFileSync(file, JSON.stringify(Object.fromEntries(users.map((u) => [u.username, u.password])), null, 2), { mode: 0o600 });
    // An officer and a head per agency make too many lines for a console: the file has them all.
    console.log(`Demo accounts (development only): ${users.length}, username → password in ${file}`);
    return;
  }
  console.log('\nDemo accounts (development only):');
  for (const u of users) console.log(`  ${u.username.padEnd(22)} ${u.password.padEnd(14)} ${u.roles.join(',').padEnd(12)} ${u.agencyCode}`);
  console.log('');
}

main().catch((error) => {
  console.error(`Migration failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
