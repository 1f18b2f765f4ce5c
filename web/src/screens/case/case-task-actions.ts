import type { Schemas } from '../../api/client';
import { isPaused } from '../inbox/paused';
import { pendingExtension } from './extension-view';

type Task = Schemas['TaskDto'];
type Step = Schemas['StepDto'];

/** A counterpart's reply, or a step the standing office itself decides, is recorded on the case page; other results in the inbox. */
export const recordedOnCasePage = (task: Task, step: Step | undefined): boolean =>
  Boolean(task.externalPartyCode) || (step?.completerRoles ?? []).includes('COORDINATOR');

/**
 * What the case page offers the reader on one open task: only what the server lists in the task's `allowedActions`
 * (and, for a pending extension, in the request's own). The page shows the task's "Xử lý" button when any is offered.
 */
export function caseTaskActions(task: Task, step: Step | undefined) {
  const allowed = (action: Task['allowedActions'][number]) => task.allowedActions.includes(action);
  const may = {
    reassign: allowed('REASSIGN'),
    clock: isPaused(task) ? allowed('RESUME') : allowed('PAUSE'),
    cancel: allowed('CANCEL'),
    decideExtension: Boolean(pendingExtension(task)?.allowedActions.includes('DECIDE')),
    recordOutcome: recordedOnCasePage(task, step) && Boolean(step) && allowed('COMPLETE'),
  };
  return { ...may, any: Object.values(may).some(Boolean) };
}
