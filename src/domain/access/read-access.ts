/**
 * How much of a case, process, tip or task a caller may read (the access table in docs/access.md):
 * - FULL: everything (coordinators of the standing office);
 * - AGENCY: the caller's own agency's work in full, other agencies' only as step, agency, status and dates;
 * - OVERSIGHT: every agency's work without outcomes or free text (provincial leadership);
 * - NONE: nothing, not even whether it exists beyond a refusal.
 */
export type ReadAccess = 'FULL' | 'AGENCY' | 'OVERSIGHT' | 'NONE';
