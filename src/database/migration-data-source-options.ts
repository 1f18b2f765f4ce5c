import type { DataSourceOptions } from 'typeorm';
import { databaseConfig } from '../config/database.config';
import { dataSourceOptions } from './data-source-options';

/** The migration step's connection: as the schema owner (DATABASE_MIGRATION_URL), one connection at a time. */
export function migrationDataSourceOptions(): DataSourceOptions {
  return { ...dataSourceOptions(), url: databaseConfig().migrationUrl, extra: { max: 2, connectionTimeoutMillis: 10_000 } } as DataSourceOptions;
}
