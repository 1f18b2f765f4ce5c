import { QueryFailedError } from 'typeorm';
import { ErrorCode } from '../../domain/error-code';

export interface ErrorDescription {
  status: number;
  code: string;
  message: string;
}

/**
 * Errors that a request's content caused, not the server: body-parser's refusals (malformed JSON, too large,
 * wrong charset), PostgreSQL rejecting a value (class 22: out of range, invalid date or text) or a constraint
 * (class 23), and the stack overflow a pathological body can provoke. Undefined for anything else.
 */
export function describeInputError(exception: unknown): ErrorDescription | undefined {
  const e = exception as { status?: unknown; statusCode?: unknown; type?: unknown; code?: unknown };
  const parserStatus = typeof e?.status === 'number' ? e.status : typeof e?.statusCode === 'number' ? e.statusCode : undefined;
  if (typeof e?.type === 'string' && parserStatus !== undefined && parserStatus >= 400 && parserStatus < 500) {
    if (parserStatus === 413)
      return { status: 413, code: ErrorCode.PAYLOAD_TOO_LARGE, message: 'The request body is larger than this route accepts' };
    return { status: parserStatus, code: ErrorCode.VALIDATION_FAILED, message: 'The request body is not valid JSON' };
  }
  if (exception instanceof QueryFailedError && typeof e.code === 'string') {
    if (e.code.startsWith('22'))
      return { status: 400, code: ErrorCode.VALIDATION_FAILED, message: 'A value in the request is out of range or has the wrong format' };
    if (e.code.startsWith('23')) return { status: 409, code: ErrorCode.CONFLICT, message: 'The request conflicts with data already stored' };
  }
  if (exception instanceof RangeError && /call stack/i.test(exception.message))
    return { status: 400, code: ErrorCode.VALIDATION_FAILED, message: 'The request is nested too deeply' };
  if (exception instanceof URIError) return { status: 400, code: ErrorCode.VALIDATION_FAILED, message: 'The request path is malformed' };
  return undefined;
}
