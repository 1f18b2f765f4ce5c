/** Roles a user can hold; a user belongs to one agency and may hold several roles. */
export enum Role {
  COORDINATOR = 'COORDINATOR',
  OFFICER = 'OFFICER',
  AGENCY_HEAD = 'AGENCY_HEAD',
  LEADERSHIP = 'LEADERSHIP',
  ADMIN = 'ADMIN',
  /** Reads the audit log (and exports it); nothing else. */
  AUDITOR = 'AUDITOR',
}
