import { CRIMINAL_POLICE, DEFAULT_BORDER_POST, IMMIGRATION_OFFICE } from './reception-agencies';
import type { ReceptionRoute } from './reception-route';
import { ReceptionStepType } from './reception-step-type';

export interface ArrivalStep {
  stepType: ReceptionStepType;
  agencyCode: string;
}

export interface ArrivalInput {
  route: ReceptionRoute;
  /** The commune committee that records a self-reporting person's arrival. */
  arrivalCommittee: string;
  borderPostCode?: string | null;
  rescuingAgencyCode?: string | null;
}

/**
 * The steps that bring a person to the health department's reception, in order; the steps of one stage run in
 * parallel. Each is "immediately" in law (a one-day deadline in the catalogue) except the rescued person's
 * handover, which is policy.
 */
export function arrivalStages(input: ArrivalInput): ArrivalStep[][] {
  switch (input.route) {
    case 'BORDER_HANDOVER': {
      // Joint Circular 01/2014: border guard and immigration receive together at the gate; then the border guard
      // takes the person to the reception point (Law 53/2024 art. 30(1)(b)).
      const borderPost = input.borderPostCode ?? DEFAULT_BORDER_POST;
      return [
        [
          { stepType: ReceptionStepType.BORDER_GUARD_HANDOVER, agencyCode: borderPost },
          { stepType: ReceptionStepType.IMMIGRATION_HANDOVER, agencyCode: IMMIGRATION_OFFICE },
        ],
        [{ stepType: ReceptionStepType.TO_RECEPTION_POINT, agencyCode: borderPost }],
      ];
    }
    case 'SELF_REPORT':
      // Law 53/2024 art. 27(1) as amended by Law 86/2025: brought to the commune committee, which tells Sở Y tế.
      return [
        [{ stepType: ReceptionStepType.SELF_REPORT_ARRIVAL, agencyCode: input.arrivalCommittee }],
        [{ stepType: ReceptionStepType.NOTIFY_HEALTH, agencyCode: input.arrivalCommittee }],
      ];
    case 'RESCUED':
      return [[{ stepType: ReceptionStepType.RESCUED_HANDOVER, agencyCode: input.rescuingAgencyCode ?? CRIMINAL_POLICE }]];
  }
}
