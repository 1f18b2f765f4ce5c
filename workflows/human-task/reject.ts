import { ApplicationFailure } from '@temporalio/workflow';
import type { BusinessRuleViolation } from '../../src/domain/business-rule-violation';
import { ErrorCode } from '../../src/domain/error-code';

/** Refuses an update with the rule's code (the API maps it to an HTTP status); a bare string is a validation error. */
export function reject(problem: BusinessRuleViolation | string | null): void {
  if (!problem) return;
  const { code, message } = typeof problem === 'string' ? { code: ErrorCode.VALIDATION_FAILED, message: problem } : problem;
  throw ApplicationFailure.create({ type: code, message, nonRetryable: true });
}
