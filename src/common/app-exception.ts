import { HttpException } from '@nestjs/common';
import { ErrorCode } from '../domain/error-code';
import { ERROR_CODE_STATUS } from './error-code-status';
import { FieldProblem } from './i18n/field-problem';
import { LocalizedText } from './i18n/localized-text';

/** What an error may carry besides its code and English message. */
export interface AppExceptionExtras {
  /** Per-field problems of a validation failure, served as `details`. */
  details?: FieldProblem[];
  /** The whole message in both languages, when the thrower has it; otherwise Vietnamese callers get the code's text. */
  localized?: LocalizedText;
}

/** The one exception services throw: a code from the domain's list, and a message a user can act on. */
export class AppException extends HttpException {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extras: AppExceptionExtras = {},
  ) {
    super({ code, message }, ERROR_CODE_STATUS[code]);
  }
}
