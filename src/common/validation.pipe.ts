import { ValidationPipe } from '@nestjs/common';
import { ErrorCode } from '../domain/error-code';
import { AppException } from './app-exception';
import { describeValidationErrors } from './i18n/describe-validation-errors';

/** Whitelisting validation; the message names every failing field, and `details` lists them one by one. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    // The target is read only to find a decorator's arguments for the Vietnamese texts; it is never sent.
    validationError: { target: true },
    exceptionFactory: (errors) => {
      const details = describeValidationErrors(errors);
      return new AppException(ErrorCode.VALIDATION_FAILED, details.map((d) => d.message.en).join('; '), { details });
    },
  });
}
