import type { operations } from '../../api/schema';

type TasksQuery = NonNullable<operations['TasksController_list']['parameters']['query']>;
type CasesQuery = NonNullable<operations['CasesController_list']['parameters']['query']>;
type TipsQuery = NonNullable<operations['TipsController_list']['parameters']['query']>;

/** The values the API's list filters accept, checked against its OpenAPI types, for the URL's typed search params. */
export const ENUMS = {
  processKind: ['TIP_VERIFICATION', 'RESCUE', 'RECEPTION', 'PROSECUTION'] as const satisfies readonly NonNullable<TasksQuery['processKind']>[],
  taskStatus: ['OPEN', 'CLAIMED', 'COMPLETED', 'CANCELLED'] as const satisfies readonly NonNullable<TasksQuery['status']>[],
  taskState: ['open', 'closed', 'all'] as const satisfies readonly NonNullable<TasksQuery['state']>[],
  /** Where an open task stands against its deadline (src/domain/due-state), the order the filters offer them. */
  dueState: ['OVERDUE', 'AT_RISK', 'ON_TIME', 'PAUSED'] as const satisfies readonly NonNullable<TasksQuery['dueState']>[],
  caseStatus: ['OPEN', 'CLOSED'] as const satisfies readonly NonNullable<CasesQuery['status']>[],
  severity: ['VERY_SERIOUS', 'ESPECIALLY_SERIOUS'] as const satisfies readonly NonNullable<CasesQuery['severity']>[],
  tipStatus: ['PENDING_START', 'VERIFYING', 'SUSPENDED', 'UNFOUNDED', 'CONFIRMED', 'CANCELLED'] as const satisfies readonly NonNullable<
    TipsQuery['status']
  >[],
  tipChannel: [
    'HOTLINE_111',
    'PROVINCIAL_HOTLINE',
    'WALK_IN',
    'COMMUNE_POLICE',
    'BORDER_POST',
    'REFERRAL',
    'OTHER',
  ] as const satisfies readonly NonNullable<TipsQuery['channel']>[],
  tipUrgency: ['NORMAL', 'URGENT'] as const satisfies readonly NonNullable<TipsQuery['urgency']>[],
};
