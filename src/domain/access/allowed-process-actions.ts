import type { Actor } from '../actor';
import { checkProcessCancel } from '../process/check-process-cancel';
import { ProcessAction } from './process-action';
import { PROCESS_ACTION_ROLES } from './process-action-roles';

/** What this actor may do on this process, by the route's roles and the check its workflow applies to the action. */
export function allowedProcessActions(process: { processId: string; status: string }, actor: Actor): ProcessAction[] {
  const checks: Record<ProcessAction, () => boolean> = {
    [ProcessAction.CANCEL]: () => checkProcessCancel(process, actor) === null,
  };
  return (Object.keys(checks) as ProcessAction[]).filter(
    (action) => PROCESS_ACTION_ROLES[action].some((role) => actor.roles.includes(role)) && checks[action](),
  );
}
