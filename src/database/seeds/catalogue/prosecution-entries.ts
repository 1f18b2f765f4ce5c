import type { DeadlineCatalogueEntry } from '../../../domain/deadline-catalogue';

/** prosecution deadlines (processes.md §4); filled in with the prosecution process. */
export const PROSECUTION_CATALOGUE_ENTRIES: DeadlineCatalogueEntry[] = [];
