import { HttpStatus } from '@nestjs/common';
import { ErrorCode } from '../domain/error-code';

export const ERROR_CODE_STATUS: Record<ErrorCode, HttpStatus> = {
  [ErrorCode.VALIDATION_FAILED]: HttpStatus.BAD_REQUEST,
  [ErrorCode.INVALID_OUTCOME]: HttpStatus.BAD_REQUEST,
  [ErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ErrorCode.TASK_NOT_YOURS]: HttpStatus.FORBIDDEN,
  [ErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.TASK_NOT_OPEN]: HttpStatus.CONFLICT,
  [ErrorCode.TASK_ALREADY_CLAIMED]: HttpStatus.CONFLICT,
  [ErrorCode.EXTENSION_NOT_ALLOWED]: HttpStatus.CONFLICT,
  [ErrorCode.EXTENSION_NOT_PENDING]: HttpStatus.CONFLICT,
  [ErrorCode.ESCALATION_ALREADY_ACKNOWLEDGED]: HttpStatus.CONFLICT,
  [ErrorCode.CONFLICT]: HttpStatus.CONFLICT,
  [ErrorCode.DATABASE_UNAVAILABLE]: HttpStatus.SERVICE_UNAVAILABLE,
  [ErrorCode.WORKFLOW_ENGINE_UNAVAILABLE]: HttpStatus.SERVICE_UNAVAILABLE,
  [ErrorCode.OUTCOME_UNKNOWN]: HttpStatus.GATEWAY_TIMEOUT,
  [ErrorCode.IDEMPOTENCY_KEY_REUSED]: HttpStatus.UNPROCESSABLE_ENTITY,
  [ErrorCode.PAYLOAD_TOO_LARGE]: HttpStatus.PAYLOAD_TOO_LARGE,
  [ErrorCode.CALENDAR_INCOMPLETE]: HttpStatus.CONFLICT,
  [ErrorCode.RATE_LIMITED]: HttpStatus.TOO_MANY_REQUESTS,
  [ErrorCode.ACCOUNT_LOCKED]: HttpStatus.TOO_MANY_REQUESTS,
  [ErrorCode.PASSWORD_CHANGE_REQUIRED]: HttpStatus.FORBIDDEN,
  [ErrorCode.SELF_ROLE_CHANGE]: HttpStatus.FORBIDDEN,
  [ErrorCode.UNSUPPORTED_MEDIA_TYPE]: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  [ErrorCode.INTERNAL]: HttpStatus.INTERNAL_SERVER_ERROR,
};
