import { LEADERSHIP_AGENCY, STANDING_OFFICE_AGENCY } from './agency-codes';
import { EscalationTarget } from './deadline-catalogue';
import { Role } from './role';

/** Where each rung of the ladder lands: the overdue agency's head, then the standing office, then leadership. */
export function escalationRecipient(target: EscalationTarget, taskAgencyCode: string): { agencyCode: string; role: Role } {
  switch (target) {
    case 'AGENCY_HEAD':
      return { agencyCode: taskAgencyCode, role: Role.AGENCY_HEAD };
    case 'STANDING_OFFICE':
      return { agencyCode: STANDING_OFFICE_AGENCY, role: Role.COORDINATOR };
    case 'LEADERSHIP':
      return { agencyCode: LEADERSHIP_AGENCY, role: Role.LEADERSHIP };
  }
}
