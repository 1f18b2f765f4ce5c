import type { DataSourceOptions } from 'typeorm';
import { databaseConfig } from '../config/database.config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** Schema changes only through migrations, run by their own step (src/database/migrate.ts) before API and worker start. */
export function dataSourceOptions(): DataSourceOptions {
  return {
    type: 'postgres',
    uuidExtension: 'pgcrypto',
    url: databaseConfig().url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    // Fail fast when PostgreSQL is down, so the API answers 503 instead of hanging.
    extra: { max: 10, connectionTimeoutMillis: 3000 },
  };
}
