import { environment } from './environment';

/**
 * PostgreSQL connections; `npm start` and the tests set them after starting their own server. `url` is the
 * application role's (API, worker), `migrationUrl` the schema owner's (the migration step only).
 */
export function databaseConfig() {
  const env = environment();
  const url = env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set (npm start and npm test set it for you; see docs/configuration.md)');
  return { url, migrationUrl: env.DATABASE_MIGRATION_URL ?? url, reportingRole: env.DATABASE_REPORTING_ROLE };
}
