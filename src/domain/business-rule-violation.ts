import { ErrorCode } from './error-code';

/** A rule of the domain said no; carries the code the API turns into an HTTP status. */
export interface BusinessRuleViolation {
  code: ErrorCode;
  message: string;
}
