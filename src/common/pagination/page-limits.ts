export const DEFAULT_PAGE_LIMIT = 50;
export const MAX_PAGE_LIMIT = 200;
/** Lists count their rows only up to here, so a count never costs more as history grows. */
export const TOTAL_COUNT_CAP = 1000;
