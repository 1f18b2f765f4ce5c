import { vi } from '../../i18n/vi';

/** The actions the audit log records, each with its words in the language files: the filter offers them by name. */
export const AUDIT_ACTIONS = Object.keys(vi.audit.actions) as (keyof typeof vi.audit.actions)[];
