import { STRUCTURED_OUTCOME_KEYS } from '../../domain/access/structured-outcome-keys';

/** One sealed column: how `reseal-columns.ts` finds its rows and which of its values are sealed. */
export interface SealedColumn {
  table: string;
  /** Primary key column, walked in order in batches. */
  key: string;
  column: string;
  /** The context the values are sealed under (the entity's transformer uses the same). */
  context: string;
  /** text: the whole value; json: the string fields `isFreeText` names (and every field already sealed). */
  kind: 'text' | 'json';
  isFreeText?: (key: string) => boolean;
}

/** Every column of PostgreSQL sealed at rest; the entities name the same contexts in their transformers. */
export const SEALED_COLUMNS: readonly SealedColumn[] = [
  { table: 'tips', key: 'id', column: 'summary', context: 'tips.summary', kind: 'text' },
  { table: 'tips', key: 'id', column: 'location', context: 'tips.location', kind: 'text' },
  { table: 'tipster_contacts', key: 'tip_id', column: 'contact_encrypted', context: 'tipster_contacts.contact', kind: 'text' },
  { table: 'tasks', key: 'id', column: 'cancel_reason', context: 'tasks.cancel_reason', kind: 'text' },
  { table: 'tasks', key: 'id', column: 'outcome', context: 'tasks.outcome', kind: 'json', isFreeText: (key) => !STRUCTURED_OUTCOME_KEYS.has(key) },
  {
    table: 'tasks',
    key: 'id',
    column: 'extensions',
    context: 'tasks.extensions',
    kind: 'json',
    isFreeText: (key) => key === 'reason' || key === 'decisionNote',
  },
  { table: 'cases', key: 'id', column: 'close_reason', context: 'cases.close_reason', kind: 'text' },
  { table: 'escalations', key: 'id', column: 'note', context: 'escalations.note', kind: 'text' },
];
