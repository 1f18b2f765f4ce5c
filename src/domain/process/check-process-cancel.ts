import type { Actor } from '../actor';
import type { BusinessRuleViolation } from '../business-rule-violation';
import { ErrorCode } from '../error-code';
import { Role } from '../role';

/**
 * Who may cancel a process, and when: a coordinator, while it runs. The process workflow's cancel validator and the
 * process's `allowedActions` both ask this.
 */
export function checkProcessCancel(process: { processId: string; status: string }, actor: Actor): BusinessRuleViolation | null {
  if (!actor.roles.includes(Role.COORDINATOR)) return { code: ErrorCode.FORBIDDEN, message: 'Only a coordinator can cancel a process' };
  if (process.status !== 'RUNNING') return { code: ErrorCode.CONFLICT, message: `Process ${process.processId} is ${process.status}` };
  return null;
}
