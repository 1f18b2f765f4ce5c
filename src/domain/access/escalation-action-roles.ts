import { Role } from '../role';
import { EscalationAction } from './escalation-action';

/** The roles each escalation route admits (its `@Auth`): the same list decides what `allowedActions` offers. */
export const ESCALATION_ACTION_ROLES: Record<EscalationAction, Role[]> = {
  [EscalationAction.ACKNOWLEDGE]: [Role.AGENCY_HEAD, Role.COORDINATOR, Role.LEADERSHIP],
};
