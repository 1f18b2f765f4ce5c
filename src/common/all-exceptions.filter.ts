import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ErrorCode } from '../domain/error-code';
import { AppException } from './app-exception';
import { describeInputError } from './edge/describe-input-error';
import { engineContact } from './engine-contact/engine-contact';
import { ErrorFacts, localizeError } from './i18n/localize-error';
import { languageOf } from './i18n/language';
import { safeErrorSummary } from './safe-error-summary';
import { isDatabaseUnavailable } from './is-database-unavailable';
import { routePath } from './route-path';

export type RefusalRecorder = (userId: string, attempt: { method: string; route: string; code: string }) => Promise<void>;

/**
 * Every error leaves as { statusCode, code, message[, reason][, details] } in the caller's language; internals
 * (stack, SQL, personal data) stay in the server log.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger(AllExceptionsFilter.name);

  /** `refusals`: where a refused attempt (403) of a signed-in user is recorded before the answer leaves. */
  constructor(private readonly refusals?: RefusalRecorder) {}

  async catch(exception: unknown, host: ArgumentsHost): Promise<void> {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request & { user?: { userId: string } }>();
    const facts = afterEngineContact(this.describe(exception));
    // Only the class and the PostgreSQL code reach the log: messages and parameters may carry personal data.
    if (facts.status >= 500) this.logger.error(`${facts.code}: ${safeErrorSummary(exception)}`);
    if (facts.status === 403 && request?.user && this.refusals)
      await this.refusals(request.user.userId, {
        method: request.method,
        // The route's template, not the URL: ids are enough to find the subject, query strings may carry anything.
        route: `${request.baseUrl ?? ''}${routePath(request)}`,
        code: facts.code,
      }).catch((e: unknown) => this.logger.error(`refused attempt not audited: ${safeErrorSummary(e)}`));
    const language = languageOf(request?.headers?.['accept-language']);
    response.status(facts.status).setHeader('Content-Language', language).json(localizeError(facts, language));
  }

  private describe(exception: unknown): ErrorFacts {
    if (exception instanceof AppException)
      return { status: exception.getStatus(), code: exception.code, message: exception.message, ...exception.extras };
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

/**
 * Once a change has reached the workflow engine, a later failure (the database down or refusing the write that
 * follows) cannot say "nothing was changed": the change may have been applied, and a retry is safe.
 */
function afterEngineContact(facts: ErrorFacts): ErrorFacts {
  if (facts.status < 500 || facts.code === ErrorCode.OUTCOME_UNKNOWN || !engineContact.changeWasSent()) return facts;
  return {
    status: 504,
    code: ErrorCode.OUTCOME_UNKNOWN,
    message:
      'The change was sent to the workflow engine, but a later step failed; it may have been applied. ' +
      'Retrying the same request (with the same Idempotency-Key) is safe',
  };
}
