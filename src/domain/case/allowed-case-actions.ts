import type { Actor } from '../actor';
import { CaseAction } from './case-action';
import { checkClosable, checkCoordinator } from './case-rules';

/**
 * What this actor may do on this case, by the case workflow's own checks: a coordinator directs an open case, cancels
 * a process while one runs, and closes the case once none does. The request's content is still judged when it comes.
 */
export function allowedCaseActions(view: { status: string; children: Array<{ processId: string; status: string }> }, actor: Actor): CaseAction[] {
  if (view.status !== 'OPEN' || checkCoordinator(actor)) return [];
  const running = view.children.filter((c) => c.status === 'RUNNING').map((c) => c.processId);
  return [
    CaseAction.START_PROCESS,
    CaseAction.CHANGE_CHARGE,
    CaseAction.ATTACH_TIP,
    ...(running.length > 0 ? [CaseAction.CANCEL_PROCESS] : []),
    ...(checkClosable(running) ? [] : [CaseAction.CLOSE]),
  ];
}
