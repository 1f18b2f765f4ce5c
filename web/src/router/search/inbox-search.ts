import { INBOX_VIEWS } from '../../screens/inbox/inbox-view';
import { ENUMS } from './enums';
import { searchFields } from './search-fields';
import { validateSearch } from './validate-search';

/**
 * /inbox's view and filters, under GET /tasks's names; the search text stays in the page. `dueState` is one of the
 * server's four (on time, at risk, overdue, paused).
 */
export interface InboxSearch {
  view?: (typeof INBOX_VIEWS)[number];
  processKind?: (typeof ENUMS.processKind)[number];
  stepType?: string;
  dueState?: (typeof ENUMS.dueState)[number];
  extensionRequested?: boolean;
}

const fields = validateSearch<InboxSearch>({
  view: searchFields.oneOf(INBOX_VIEWS),
  processKind: searchFields.oneOf(ENUMS.processKind),
  stepType: searchFields.text,
  dueState: searchFields.oneOf(ENUMS.dueState),
  extensionRequested: searchFields.boolean,
});

/** The inbox once wrote `overdue=true`, `atRisk=true` or both `false` (on time): a bookmark of those still filters. */
const legacyDueState = (raw: Record<string, unknown>): InboxSearch['dueState'] => {
  const overdue = searchFields.boolean(raw.overdue);
  const atRisk = searchFields.boolean(raw.atRisk);
  if (overdue === true) return 'OVERDUE';
  if (atRisk === true) return 'AT_RISK';
  return overdue === false && atRisk === false ? 'ON_TIME' : undefined;
};

export function validateInboxSearch(raw: Record<string, unknown>): InboxSearch {
  const search = fields(raw);
  const legacy = search.dueState ? undefined : legacyDueState(raw);
  return legacy ? { ...search, dueState: legacy } : search;
}
