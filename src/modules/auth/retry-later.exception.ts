import { ErrorCode } from '../../domain/error-code';
import { AppException } from '../../common/app-exception';

/** A refusal that passes: the controller turns retryAfterSeconds into the Retry-After header. */
export class RetryLaterException extends AppException {
  constructor(
    code: ErrorCode,
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(code, message);
  }
}
