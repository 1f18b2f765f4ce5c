import type { DeadlineCatalogueEntry } from '../../../domain/deadline-catalogue';

/** reception deadlines (processes.md §4); filled in with the reception process. */
export const RECEPTION_CATALOGUE_ENTRIES: DeadlineCatalogueEntry[] = [];
