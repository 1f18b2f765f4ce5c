/**
 * How much of one task a reader gets: all of it; everything but the free text (reasons, notes, free-text outcome
 * fields); or only what it is, whose, its status and dates.
 */
export type TaskDetail = 'FULL' | 'WITHOUT_FREE_TEXT' | 'STATUS_ONLY';
