import type { Actor } from '../actor';
import { STANDING_OFFICE_AGENCY } from '../agency-codes';
import type { EscalationState } from '../task-state';
import { checkAcknowledge } from '../task-rules';
import { EscalationAction } from './escalation-action';
import { ESCALATION_ACTION_ROLES } from './escalation-action-roles';

/**
 * What this actor may do on this escalation, by the route's roles and the check the process workflow applies to an
 * acknowledgement (`checkAcknowledge`): not yet acknowledged, and addressed to the actor (every one for leadership).
 */
export function allowedEscalationActions(
  escalation: Pick<EscalationState, 'escalationId' | 'level' | 'target' | 'agencyCode' | 'acknowledgedAt'>,
  actor: Actor,
): EscalationAction[] {
  const checks: Record<EscalationAction, () => boolean> = {
    [EscalationAction.ACKNOWLEDGE]: () => checkAcknowledge(escalation, actor, STANDING_OFFICE_AGENCY) === null,
  };
  return (Object.keys(checks) as EscalationAction[]).filter(
    (action) => ESCALATION_ACTION_ROLES[action].some((role) => actor.roles.includes(role)) && checks[action](),
  );
}
