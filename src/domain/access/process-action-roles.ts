import { Role } from '../role';
import { ProcessAction } from './process-action';

/** The roles each process route admits (its `@Auth`): the same list decides what `allowedActions` offers. */
export const PROCESS_ACTION_ROLES: Record<ProcessAction, Role[]> = {
  [ProcessAction.CANCEL]: [Role.COORDINATOR],
};
