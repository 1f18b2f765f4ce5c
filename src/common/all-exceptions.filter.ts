import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { ErrorCode } from '../domain/error-code';
import { AppException } from './app-exception';
import { describeInputError } from './edge/describe-input-error';
import { safeErrorSummary } from './safe-error-summary';
import { isDatabaseUnavailable } from './is-database-unavailable';

/** Every error leaves as { statusCode, code, message }; internals (stack, SQL, personal data) stay in the server log. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger(AllExceptionsFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const { status, code, message } = this.describe(exception);
    // Only the class and the PostgreSQL code reach the log: messages and parameters may carry personal data.
    if (status >= 500) this.logger.error(`${code}: ${safeErrorSummary(exception)}`);
    response.status(status).json({ statusCode: status, code, message });
  }

  private describe(exception: unknown): { status: number; code: string; message: string } {
    if (exception instanceof AppException) return { status: exception.getStatus(), code: exception.code, message: exception.message };
    if (exception instanceof HttpException) {
      const body = exception.getResponse();
      const message = typeof body === 'string' ? body : ((body as { message?: string | string[] }).message ?? exception.message);
      return {
        status: exception.getStatus(),
        code: (body as { code?: string }).code ?? HttpStatus[exception.getStatus()] ?? 'ERROR',
        message: Array.isArray(message) ? message.join('; ') : message,
      };
    }
    if (isDatabaseUnavailable(exception))
      return { status: 503, code: ErrorCode.DATABASE_UNAVAILABLE, message: 'The database is unavailable; nothing was changed. Try again shortly.' };
    const fromInput = describeInputError(exception);
    if (fromInput) return fromInput;
    return { status: 500, code: ErrorCode.INTERNAL, message: 'Internal error; it has been logged' };
  }
}
