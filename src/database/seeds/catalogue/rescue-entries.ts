import type { DeadlineCatalogueEntry } from '../../../domain/deadline-catalogue';

/** rescue deadlines (processes.md §4); filled in with the rescue process. */
export const RESCUE_CATALOGUE_ENTRIES: DeadlineCatalogueEntry[] = [];
