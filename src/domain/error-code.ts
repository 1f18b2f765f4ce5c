/**
 * Business error codes shared by the API, the activities and the workflows.
 * A workflow validator rejects an update with one of these as the failure type; the API maps it to an HTTP status.
 */
export enum ErrorCode {
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  TASK_NOT_OPEN = 'TASK_NOT_OPEN',
  TASK_NOT_YOURS = 'TASK_NOT_YOURS',
  TASK_ALREADY_CLAIMED = 'TASK_ALREADY_CLAIMED',
  INVALID_OUTCOME = 'INVALID_OUTCOME',
  EXTENSION_NOT_ALLOWED = 'EXTENSION_NOT_ALLOWED',
  EXTENSION_NOT_PENDING = 'EXTENSION_NOT_PENDING',
  /** No ground of the article's list allows this suspension (now), or the step has none. */
  SUSPENSION_NOT_ALLOWED = 'SUSPENSION_NOT_ALLOWED',
  ESCALATION_ALREADY_ACKNOWLEDGED = 'ESCALATION_ALREADY_ACKNOWLEDGED',
  CONFLICT = 'CONFLICT',
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  WORKFLOW_ENGINE_UNAVAILABLE = 'WORKFLOW_ENGINE_UNAVAILABLE',
  /** The request reached the workflow engine but no answer came back in time: it may or may not have been applied. */
  OUTCOME_UNKNOWN = 'OUTCOME_UNKNOWN',
  /** The same Idempotency-Key was sent before with a different body. */
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  /** The first request with the same Idempotency-Key is still running and did not answer within the wait. */
  IDEMPOTENCY_IN_PROGRESS = 'IDEMPOTENCY_IN_PROGRESS',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  /** A deadline would reach a year for which no public-holiday calendar has been published. */
  CALENDAR_INCOMPLETE = 'CALENDAR_INCOMPLETE',
  /** Too many requests from this address or for this account: retry after the time given. */
  RATE_LIMITED = 'RATE_LIMITED',
  /** Too many failed logins: the account is locked for a while. */
  ACCOUNT_LOCKED = 'ACCOUNT_LOCKED',
  /** The password was reset or is temporary: it must be changed before anything else. */
  PASSWORD_CHANGE_REQUIRED = 'PASSWORD_CHANGE_REQUIRED',
  /** Separation of duties: nobody changes the roles of their own account. */
  SELF_ROLE_CHANGE = 'SELF_ROLE_CHANGE',
  /** Separation of duties: a role grant is approved by an administrator other than the one who asked for it. */
  OWN_GRANT_APPROVAL = 'OWN_GRANT_APPROVAL',
  /** The request body's encoding or media type is not one the API reads (JSON, uncompressed). */
  UNSUPPORTED_MEDIA_TYPE = 'UNSUPPORTED_MEDIA_TYPE',
  INTERNAL = 'INTERNAL',
}
