import type { DeadlineCatalogue } from '../../domain/deadline-catalogue';
import { PROSECUTION_CATALOGUE_ENTRIES } from './catalogue/prosecution-entries';
import { RECEPTION_CATALOGUE_ENTRIES } from './catalogue/reception-entries';
import { RESCUE_CATALOGUE_ENTRIES } from './catalogue/rescue-entries';
import { DEADLINE_CATALOGUE_V1 } from './deadline-catalogue-v1';

/** Version 2: version 1 plus the deadlines of rescue, reception and repatriation, and prosecution (processes.md §4.2–4.4). */
export const DEADLINE_CATALOGUE_V2: Omit<DeadlineCatalogue, 'version'> = {
  entries: [...DEADLINE_CATALOGUE_V1.entries, ...RESCUE_CATALOGUE_ENTRIES, ...RECEPTION_CATALOGUE_ENTRIES, ...PROSECUTION_CATALOGUE_ENTRIES],
  escalationLadder: DEADLINE_CATALOGUE_V1.escalationLadder,
};
