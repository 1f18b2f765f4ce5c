import { ValidationError, ValidationPipe } from '@nestjs/common';
import { ErrorCode } from '../domain/error-code';
import { AppException } from './app-exception';

function describe(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((e) => [
    ...Object.values(e.constraints ?? {}).map((m) => (prefix ? `${prefix}${m}` : m)),
    ...describe(e.children ?? [], `${prefix}${e.property}.`),
  ]);
}

/** Whitelisting validation; the message names every failing field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    exceptionFactory: (errors) => new AppException(ErrorCode.VALIDATION_FAILED, describe(errors).join('; ')),
  });
}
