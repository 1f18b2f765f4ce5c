import type { caseLink } from './case-link';
import type { tipLink } from './tip-link';

/** Where a list's row leads: its case's page, or the tip's when no case was opened. */
export type RecordLink = ReturnType<typeof caseLink> | ReturnType<typeof tipLink>;
