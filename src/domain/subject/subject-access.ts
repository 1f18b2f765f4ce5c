import { Role } from '../role';
import type { Viewer } from '../access/viewer';

/**
 * Which parts of a work item's subject a reader gets, by the access table: coordinators everything; officers and heads
 * the case and person, and the tip where their agency works on its verification (the tip's rule); leadership the case
 * and person (as on a case's header), never a tip; administrators nothing (no victims' data).
 */
export function subjectAccess(viewer: Viewer): { caseAndPerson: boolean; tip: 'ALL' | 'INVOLVED' | 'NONE' } {
  const has = (role: Role) => viewer.roles.includes(role);
  if (has(Role.COORDINATOR)) return { caseAndPerson: true, tip: 'ALL' };
  if (has(Role.OFFICER) || has(Role.AGENCY_HEAD)) return { caseAndPerson: true, tip: 'INVOLVED' };
  if (has(Role.LEADERSHIP)) return { caseAndPerson: true, tip: 'NONE' };
  return { caseAndPerson: false, tip: 'NONE' };
}
