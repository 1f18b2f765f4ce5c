import { ApplicationFailure } from '@temporalio/common';
import { WorkflowNotFoundError, WorkflowUpdateFailedError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { AppException } from '../common/app-exception';
import { ErrorCode } from '../domain/error-code';

/** gRPC status codes: CANCELLED 1, DEADLINE_EXCEEDED 4, UNAVAILABLE 14. */
const UNAVAILABLE = new Set<number>([1, 4, 14]);

function grpcCode(error: unknown): number | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e)
    if (typeof e.code === 'number') return e.code;
  return undefined;
}

/** Turns what the Temporal client throws into the API's errors: a rule's "no" keeps its code, an outage becomes 503. */
export function translateTemporalError(error: unknown, subject: string): Error {
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
    const type = error.cause.type as ErrorCode;
    if (type && Object.values(ErrorCode).includes(type)) return new AppException(type, error.cause.message);
  }
  if (error instanceof WorkflowNotFoundError) return new AppException(ErrorCode.NOT_FOUND, `${subject} was not found in the workflow engine`);
  if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError || UNAVAILABLE.has(grpcCode(error) ?? -1))
    return new AppException(
      ErrorCode.WORKFLOW_ENGINE_UNAVAILABLE,
      `The workflow engine did not answer for ${subject}; nothing was lost, try again shortly`,
    );
  return error instanceof Error ? error : new Error(String(error));
}
