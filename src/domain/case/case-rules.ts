import { Actor } from '../actor';
import { BusinessRuleViolation } from '../business-rule-violation';
import { ErrorCode } from '../error-code';
import { Role } from '../role';
import { Charge } from './severity';

/** Pure checks behind the case's updates. */

const no = (code: ErrorCode, message: string): BusinessRuleViolation => ({ code, message });

export function checkCoordinator(actor: Actor): BusinessRuleViolation | null {
  return actor.roles.includes(Role.COORDINATOR) ? null : no(ErrorCode.FORBIDDEN, 'Only a coordinator can direct a case');
}

export function checkCharge(charge: Charge): BusinessRuleViolation | null {
  if (charge.article !== 150 && charge.article !== 151) return no(ErrorCode.VALIDATION_FAILED, 'charge.article must be 150 or 151 (Penal Code 2015)');
  const maxClause = 3; // clause 4 of both articles adds penalties, it defines no offence
  if (!Number.isInteger(charge.clause) || charge.clause < 1 || charge.clause > maxClause)
    return no(ErrorCode.VALIDATION_FAILED, `charge.clause must be 1 to ${maxClause} for article ${charge.article}`);
  return null;
}

/** A case closes only when none of its processes is still running. */
export function checkClosable(running: string[]): BusinessRuleViolation | null {
  return running.length === 0
    ? null
    : no(ErrorCode.CONFLICT, `The case still has running processes: ${running.join(', ')}; complete or cancel them first`);
}
