import { ENUMS } from './enums';
import { searchFields } from './search-fields';
import { validateSearch } from './validate-search';

/** /tips's filters, under GET /tips's names (received bounds are instants); the free-text search stays out of the address. */
export interface TipsSearch {
  status?: (typeof ENUMS.tipStatus)[number];
  channel?: (typeof ENUMS.tipChannel)[number];
  urgency?: (typeof ENUMS.tipUrgency)[number];
  receivedFrom?: string;
  receivedTo?: string;
}

export const validateTipsSearch = validateSearch<TipsSearch>({
  status: searchFields.oneOf(ENUMS.tipStatus),
  channel: searchFields.oneOf(ENUMS.tipChannel),
  urgency: searchFields.oneOf(ENUMS.tipUrgency),
  receivedFrom: searchFields.text,
  receivedTo: searchFields.text,
});
