import { Role } from '../role';
import { TaskAction } from './task-action';

const WORKERS = [Role.OFFICER, Role.AGENCY_HEAD, Role.COORDINATOR];

/** The roles each task route admits (its `@Auth`): the same list decides what `allowedActions` offers. */
export const TASK_ACTION_ROLES: Record<TaskAction, Role[]> = {
  [TaskAction.CLAIM]: WORKERS,
  [TaskAction.UNCLAIM]: WORKERS,
  [TaskAction.COMPLETE]: WORKERS,
  [TaskAction.REQUEST_EXTENSION]: WORKERS,
  [TaskAction.ASSIGN]: [Role.AGENCY_HEAD],
  [TaskAction.REASSIGN]: [Role.COORDINATOR],
  [TaskAction.CANCEL]: [Role.COORDINATOR],
  [TaskAction.PAUSE]: [Role.AGENCY_HEAD, Role.COORDINATOR],
  [TaskAction.RESUME]: [Role.AGENCY_HEAD, Role.COORDINATOR],
  [TaskAction.DECIDE_SUSPENSION]: [Role.AGENCY_HEAD],
  [TaskAction.DECIDE_RESTORATION]: [Role.AGENCY_HEAD],
  [TaskAction.DECIDE_EXTENSION]: [Role.AGENCY_HEAD, Role.COORDINATOR, Role.LEADERSHIP],
};
