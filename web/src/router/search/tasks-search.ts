import { ENUMS } from './enums';
import { searchFields } from './search-fields';
import { validateSearch } from './validate-search';

/**
 * /tasks's filters, under GET /tasks's own names. `dueState` is what the dashboard's links say; the duty desk's
 * triage and older links and bookmarks say `overdue=true` / `atRisk=true`, sent to the API as they are. `state`
 * (open / closed) is carried by some dashboard links and kept in the address, as before.
 */
export interface TasksSearch {
  agencyCode?: string;
  processKind?: (typeof ENUMS.processKind)[number];
  status?: (typeof ENUMS.taskStatus)[number];
  state?: (typeof ENUMS.taskState)[number];
  overdue?: boolean;
  atRisk?: boolean;
  dueState?: (typeof ENUMS.dueState)[number];
  escalated?: boolean;
}

export const validateTasksSearch = validateSearch<TasksSearch>({
  agencyCode: searchFields.text,
  processKind: searchFields.oneOf(ENUMS.processKind),
  status: searchFields.oneOf(ENUMS.taskStatus),
  state: searchFields.oneOf(ENUMS.taskState),
  overdue: searchFields.boolean,
  atRisk: searchFields.boolean,
  dueState: searchFields.oneOf(ENUMS.dueState),
  escalated: searchFields.boolean,
});
