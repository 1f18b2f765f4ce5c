import type { ExtensionTier } from './deadline-catalogue';
import { Role } from './role';
import type { ExtensionState, TaskState } from './task-state';

/** Who must decide an extension request: one of these roles in this agency. */
export interface ExtensionDecider {
  agencyCode: string;
  roles: string[];
}

/**
 * The decider of a request: the one fixed when it was asked (from the catalogue tier it fell under); a request older
 * than that record goes to its tier's decider where the caller has the tier at hand (the workflow does), else to the
 * head of the task's agency. The decision's check and every `allowedActions` read this one function.
 */
export function extensionDeciderOf(
  task: Pick<TaskState, 'agencyCode' | 'namedAgencyCode'>,
  extension: Pick<ExtensionState, 'approverAgencyCode' | 'approverRoles'>,
  tier?: Pick<ExtensionTier, 'approverAgency' | 'approverRoles'>,
): ExtensionDecider {
  if (extension.approverAgencyCode && extension.approverRoles?.length)
    return { agencyCode: extension.approverAgencyCode, roles: [...extension.approverRoles] };
  if (tier)
    return {
      agencyCode: tier.approverAgency === 'TASK_AGENCY' ? (task.namedAgencyCode ?? task.agencyCode) : tier.approverAgency,
      roles: [...tier.approverRoles],
    };
  return { agencyCode: task.agencyCode, roles: [Role.AGENCY_HEAD] };
}
