import { ErrorCode } from '../../domain/error-code';
import { AppException } from '../../common/app-exception';
import type { LocalizedText } from '../../common/i18n/localized-text';

/** A refusal that passes: the controller turns retryAfterSeconds into the Retry-After header. */
export class RetryLaterException extends AppException {
  constructor(
    code: ErrorCode,
    message: LocalizedText,
    readonly retryAfterSeconds: number,
  ) {
    super(code, message.en, { localized: message });
  }
}
