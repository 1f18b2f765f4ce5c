import { CRIMINAL_POLICE, DEFAULT_BORDER_POST, IMMIGRATION_OFFICE } from './reception-agencies';
import type { ReceptionRoute } from './reception-route';
import { ReceptionStepType } from './reception-step-type';

export interface ArrivalStep {
  stepType: ReceptionStepType;
  agencyCode: string;
  /** The catalogue entry, when it is not the step type's own. */
  deadlineKey?: string;
}

export interface ArrivalInput {
  route: ReceptionRoute;
  /** The commune committee a self-reporting person is brought to. */
  arrivalCommittee: string;
  /** SELF_REPORT: the agency the person reported to, which brings them to the commune committee. */
  receivingAgencyCode?: string | null;
  borderPostCode?: string | null;
  rescuingAgencyCode?: string | null;
  /** RESCUED: the person was rescued abroad and comes home through the border gate. */
  rescuedAbroad?: boolean;
}

/**
 * The steps that bring a person to the health department's reception, in order; the steps of one stage run in
 * parallel. Each is "immediately" in law (a one-day deadline in the catalogue) except the rescued person's
 * handover, which is policy.
 */
export function arrivalStages(input: ArrivalInput): ArrivalStep[][] {
  const borderPost = input.borderPostCode ?? DEFAULT_BORDER_POST;
  switch (input.route) {
    case 'BORDER_HANDOVER':
      // Joint Circular 01/2014: border guard and immigration receive together at the gate; then the border guard
      // takes the person to the reception point (Law 53/2024 art. 30(1)(b)).
      return [
        [
          { stepType: ReceptionStepType.BORDER_GUARD_HANDOVER, agencyCode: borderPost },
          { stepType: ReceptionStepType.IMMIGRATION_HANDOVER, agencyCode: IMMIGRATION_OFFICE },
        ],
        [{ stepType: ReceptionStepType.TO_RECEPTION_POINT, agencyCode: borderPost }],
      ];
    case 'SELF_REPORT':
      // Law 53/2024 art. 27(1) as amended by Law 86/2025: the agency the person reported to brings them to the commune
      // committee, which tells Sở Y tế. A person who reported to the committee itself is brought by nobody else.
      return [
        [{ stepType: ReceptionStepType.SELF_REPORT_ARRIVAL, agencyCode: input.receivingAgencyCode ?? input.arrivalCommittee }],
        [{ stepType: ReceptionStepType.NOTIFY_HEALTH, agencyCode: input.arrivalCommittee }],
      ];
    case 'RESCUED':
      if (input.rescuedAbroad)
        // Law 53/2024 art. 30(1)(b), Joint Circular 01/2014: the border guard at the gate receives the person from the
        // Cambodian side (handover record), immigration issues the certificate of return at once, and only then the
        // border guard brings the person to the health department's reception point.
        return [
          [{ stepType: ReceptionStepType.BORDER_GUARD_HANDOVER, agencyCode: borderPost }],
          [
            {
              stepType: ReceptionStepType.RETURN_CERTIFICATE,
              agencyCode: IMMIGRATION_OFFICE,
              deadlineKey: ReceptionStepType.IMMIGRATION_HANDOVER,
            },
          ],
          [{ stepType: ReceptionStepType.TO_RECEPTION_POINT, agencyCode: borderPost }],
        ];
      return [[{ stepType: ReceptionStepType.RESCUED_HANDOVER, agencyCode: input.rescuingAgencyCode ?? CRIMINAL_POLICE }]];
  }
}
