import type { QueryRunner } from 'typeorm';
import type { DeadlineCatalogue } from '../../domain/deadline-catalogue';

/** Stores one catalogue version unless it exists: versions are published once and never edited in place. */
export async function insertCatalogueVersion(
  q: QueryRunner,
  version: number,
  catalogue: Omit<DeadlineCatalogue, 'version'>,
  note: string,
): Promise<void> {
  await q.query(
    `INSERT INTO deadline_catalogue_versions (version, entries, escalation_ladder, note)
     VALUES ($1, $2::jsonb, $3::jsonb, $4)
     ON CONFLICT (version) DO NOTHING`,
    [version, JSON.stringify(catalogue.entries), JSON.stringify(catalogue.escalationLadder), note],
  );
}
