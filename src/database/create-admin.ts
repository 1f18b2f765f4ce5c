import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { exitOnInvalidEnvironment } from '../config/exit-on-invalid-environment';
import { dataSourceOptions } from './data-source-options';
import { createFirstAdmin } from './first-admin';

/**
 * One-time bootstrap of a system without demo data: `npm run create-admin -- --username <name> [--agency <code>]`
 * (or `node dist/src/database/create-admin.js …` in the container). The password comes from FIRST_ADMIN_PASSWORD,
 * or is generated and printed once; it must be changed at first login. Does nothing once an active admin exists.
 */
async function main(): Promise<void> {
  exitOnInvalidEnvironment('create-admin');
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const username = option('username') ?? process.env.FIRST_ADMIN_USERNAME;
  if (!username) throw new Error('give --username <name> (or FIRST_ADMIN_USERNAME)');
  const dataSource = await new DataSource(dataSourceOptions()).initialize();
  try {
    const result = await createFirstAdmin(dataSource, {
      username,
      password: process.env.FIRST_ADMIN_PASSWORD || undefined,
      agencyCode: option('agency') ?? process.env.FIRST_ADMIN_AGENCY,
    });
    if (!result.created) {
      console.log(`No administrator created: ${result.reason}.`);
      return;
    }
    console.log(`Administrator ${result.username} created; the password must be changed at first login (POST /auth/change-password).`);
    if (result.temporaryPassword) console.log(`Temporary password (shown once): ${result.temporaryPassword}`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(`create-admin failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
