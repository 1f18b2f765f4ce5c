import { ENUMS } from './enums';
import { searchFields } from './search-fields';
import { validateSearch } from './validate-search';

/** /cases's filters, under GET /cases's names; the search by reference stays out of the address. */
export interface CasesSearch {
  status?: (typeof ENUMS.caseStatus)[number];
  severity?: (typeof ENUMS.severity)[number];
  agencyCode?: string;
  overdue?: boolean;
}

export const validateCasesSearch = validateSearch<CasesSearch>({
  status: searchFields.oneOf(ENUMS.caseStatus),
  severity: searchFields.oneOf(ENUMS.severity),
  agencyCode: searchFields.text,
  overdue: searchFields.boolean,
});
