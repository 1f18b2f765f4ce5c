import { environment } from './environment';

/** PostgreSQL connection; `npm start` and the tests set DATABASE_URL after starting their own server. */
export function databaseConfig() {
  const url = environment().DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set (npm start and npm test set it for you; see docs/configuration.md)');
  return { url };
}
