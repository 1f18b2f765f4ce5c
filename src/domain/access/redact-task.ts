import type { TaskDetail } from './task-detail';
import { withoutFreeText } from './without-free-text';

/** The fields of a task (as the API shows it) that can carry what only some readers may see. */
export interface RedactableTask {
  stepType: string;
  outcome: Record<string, unknown> | null;
  cancelReason: string | null;
  assigneeId: string | null;
  completedBy: string | null;
  extensions: unknown[];
}

/** What an extension request shows without its free text, and without who asked or decided when only status is due. */
const EXTENSION_STATUS_KEYS = [
  'extensionId',
  'status',
  'tierIndex',
  'requestedAt',
  'previousDueAt',
  'requestedDueAt',
  'decidedAt',
  // Who must decide (an agency and roles, never a person) and what this reader may do on it.
  'decider',
  'allowedActions',
];
const EXTENSION_FREE_TEXT_KEYS = ['reason', 'decisionNote'];

const pick = (o: Record<string, unknown>, keys: string[]) => Object.fromEntries(Object.entries(o).filter(([k]) => keys.includes(k)));
const omit = (o: Record<string, unknown>, keys: string[]) => Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));

/** A copy of the task with what this reader may not see removed (null, or left out of its extensions). */
export function redactTask<T extends RedactableTask>(task: T, detail: TaskDetail): T {
  if (detail === 'FULL') return task;
  const extensions = task.extensions.map((e) => e as Record<string, unknown>);
  if (detail === 'WITHOUT_FREE_TEXT')
    return {
      ...task,
      outcome: withoutFreeText(task.stepType, task.outcome),
      cancelReason: null,
      extensions: extensions.map((e) => omit(e, EXTENSION_FREE_TEXT_KEYS)),
    };
  return {
    ...task,
    outcome: null,
    cancelReason: null,
    assigneeId: null,
    completedBy: null,
    extensions: extensions.map((e) => pick(e, EXTENSION_STATUS_KEYS)),
  };
}
