import { actorOf } from '../../common/auth/actor-of';
import type { AuthUser } from '../../common/auth/auth-user';
import { allowedProcessActions } from '../../domain/access/allowed-process-actions';
import { withEscalationActions } from '../escalations/with-allowed-actions';
import { withAllowedActions } from '../tasks/with-allowed-actions';
import type { ProcessDto } from './process.dto';

/**
 * The process with what this caller may do on it, on each of its tasks and on each of its escalations, each by the
 * rule its own route is checked with. Read before any redaction (which hides assignees and deciders).
 */
export function withProcessActions(user: AuthUser, process: ProcessDto): ProcessDto {
  process.allowedActions = allowedProcessActions(process, actorOf(user));
  process.tasks.forEach((task) => withAllowedActions(user, task));
  process.escalations.forEach((escalation) => withEscalationActions(user, escalation));
  return process;
}
