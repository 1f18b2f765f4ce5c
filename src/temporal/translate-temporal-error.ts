import { ApplicationFailure } from '@temporalio/common';
import { WorkflowNotFoundError, WorkflowUpdateFailedError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { AppException } from '../common/app-exception';
import { ErrorCode } from '../domain/error-code';
import { CallTimedOut } from './call-timed-out';

/** gRPC status codes: CANCELLED 1, DEADLINE_EXCEEDED 4, UNAVAILABLE 14. */
const NO_ANSWER = new Set<number>([1, 4, 14]);

function grpcCode(error: unknown): number | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e) if (typeof e.code === 'number') return e.code;
  return undefined;
}

/** The engine could not be reached: the request certainly did not reach it (`notStarted`: say so of a start). */
export function engineUnavailable(subject: string, notStarted = false): AppException {
  return new AppException(
    ErrorCode.WORKFLOW_ENGINE_UNAVAILABLE,
    notStarted
      ? `The workflow engine is unavailable; ${subject} was not started. Try again shortly`
      : `The workflow engine is unavailable for ${subject}; nothing was changed. Try again shortly`,
  );
}

/** The request reached the engine but no answer came in time: it may have been applied, or may be applied later. */
export function outcomeUnknown(subject: string): AppException {
  return new AppException(
    ErrorCode.OUTCOME_UNKNOWN,
    `The workflow engine received the request for ${subject} but did not answer in time; it may have been applied. ` +
      'Retrying the same request is safe: it is answered with the result instead of being applied twice',
  );
}

/**
 * Turns what the Temporal client throws into the API's errors: a rule's "no" keeps its code; no answer is 504
 * OUTCOME_UNKNOWN when the request had been sent (`sent`), 503 when it certainly never reached the engine.
 */
export function translateTemporalError(error: unknown, subject: string, sent = false): Error {
  if (error instanceof AppException) return error;
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
    const type = error.cause.type as ErrorCode;
    if (type && Object.values(ErrorCode).includes(type)) return new AppException(type, error.cause.message);
  }
  if (error instanceof WorkflowNotFoundError) return new AppException(ErrorCode.NOT_FOUND, `${subject} was not found in the workflow engine`);
  if (error instanceof CallTimedOut || error instanceof WorkflowUpdateRPCTimeoutOrCancelledError || NO_ANSWER.has(grpcCode(error) ?? -1))
    return sent ? outcomeUnknown(subject) : engineUnavailable(subject);
  return error instanceof Error ? error : new Error(String(error));
}
