import { Role } from '../role';
import type { ReadAccess } from './read-access';
import type { TaskDetail } from './task-detail';
import type { Viewer } from './viewer';

const isCoordinator = (v: Viewer) => v.roles.includes(Role.COORDINATOR);
const isLeadership = (v: Viewer) => v.roles.includes(Role.LEADERSHIP);
/** Administrators manage accounts and reference data; they never read about victims or tipsters, whatever else they hold. */
export const isAdministrator = (v: Viewer) => v.roles.includes(Role.ADMIN);
const worksInAgency = (v: Viewer) => v.roles.includes(Role.OFFICER) || v.roles.includes(Role.AGENCY_HEAD);

/**
 * A case or a process: coordinators read it all; an officer or head of an involved agency (one that has or had a
 * task in it, or investigates its tip) reads it with other agencies' work redacted; leadership reads it without
 * outcomes or free text; administrators and uninvolved agencies not at all. With several roles the widest wins, except that an administrator
 * never reads free text (separation of duties).
 */
export function caseAccess(viewer: Viewer, involvedAgencies: readonly string[]): ReadAccess {
  if (isAdministrator(viewer))
    return atMostOversight(caseAccess({ ...viewer, roles: viewer.roles.filter((r) => r !== Role.ADMIN) }, involvedAgencies));
  if (isCoordinator(viewer)) return 'FULL';
  if (worksInAgency(viewer) && involvedAgencies.includes(viewer.agencyCode)) return 'AGENCY';
  if (isLeadership(viewer)) return 'OVERSIGHT';
  return 'NONE';
}

/**
 * A tip: coordinators, and the agencies working on its verification. Never leadership (they get figures) nor
 * administrators: a tip is about a possible victim.
 */
export function tipAccess(viewer: Viewer, involvedAgencies: readonly string[]): ReadAccess {
  if (isAdministrator(viewer)) return 'NONE';
  if (isCoordinator(viewer)) return 'FULL';
  if (worksInAgency(viewer) && involvedAgencies.includes(viewer.agencyCode)) return 'FULL';
  return 'NONE';
}

/** A single task: coordinators, its own agency in full; leadership without the free text of its outcome. */
export function taskAccess(viewer: Viewer, taskAgencyCode: string): ReadAccess {
  if (isAdministrator(viewer)) return atMostOversight(taskAccess({ ...viewer, roles: viewer.roles.filter((r) => r !== Role.ADMIN) }, taskAgencyCode));
  if (isCoordinator(viewer)) return 'FULL';
  if (worksInAgency(viewer) && viewer.agencyCode === taskAgencyCode) return 'FULL';
  if (isLeadership(viewer)) return 'OVERSIGHT';
  return 'NONE';
}

/** The tipster's identity: the standing office's coordinators only, never an administrator (each read is audited by the caller). */
export const mayReadTipster = (viewer: Viewer): boolean => isCoordinator(viewer) && !isAdministrator(viewer);

/** An administrator who also holds a reading role sees at most what leadership sees: no free text. */
const atMostOversight = (access: ReadAccess): ReadAccess => (access === 'NONE' ? 'NONE' : 'OVERSIGHT');

/** Escalations inside a process view: agency heads see their own agency's, officers none. */
export const seesOwnEscalations = (viewer: Viewer): boolean => viewer.roles.includes(Role.AGENCY_HEAD);

/**
 * How much of a task this reader gets, or null for none: for one task and for lists of tasks alike (a list applies
 * it to every row, after scoping which rows it returns).
 */
export function taskDetailFor(viewer: Viewer, taskAgencyCode: string): TaskDetail | null {
  const access = taskAccess(viewer, taskAgencyCode);
  if (access === 'NONE') return null;
  return access === 'OVERSIGHT' ? 'WITHOUT_FREE_TEXT' : 'FULL';
}
