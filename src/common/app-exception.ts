import { HttpException } from '@nestjs/common';
import { ErrorCode } from '../domain/error-code';
import { ERROR_CODE_STATUS } from './error-code-status';

/** The one exception services throw: a code from the domain's list, and a message a user can act on. */
export class AppException extends HttpException {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super({ code, message }, ERROR_CODE_STATUS[code]);
  }
}
