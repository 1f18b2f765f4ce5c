import type { EntityManager } from 'typeorm';

/**
 * The deadline catalogue version in force now, read when the API accepts a request: the process is started with it,
 * whenever a worker first runs it. Null only before any catalogue exists.
 */
export async function currentCatalogueVersion(manager: EntityManager): Promise<number | null> {
  const [{ version }] = await manager.query(`SELECT MAX(version) AS version FROM deadline_catalogue_versions`);
  return version === null ? null : Number(version);
}
