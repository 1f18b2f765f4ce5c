import type { ErrorBody } from '../api/client';
import type { FieldError } from './ErrorSummary';

/**
 * The API's errors as field errors: validation `details` name their field (`tipsterContact.phone`), and an
 * INVALID_OUTCOME names it in its explanation (`outcome.findings is required`); anything else is form-wide.
 */
export function serverFieldErrors(body: ErrorBody, stripPrefix?: string): FieldError[] {
  const strip = (field: string) => (stripPrefix && field.startsWith(`${stripPrefix}.`) ? field.slice(stripPrefix.length + 1) : field);
  if (body.details?.length) return body.details.map((detail) => ({ field: strip(detail.field), message: detail.message }));
  const named = stripPrefix ? new RegExp(`\\b${stripPrefix}\\.(\\w+)`).exec(`${body.reason ?? ''} ${body.message}`) : null;
  const message = body.reason && body.reason !== body.message ? `${body.message} (${body.reason})` : body.message;
  return [{ field: named?.[1], message }];
}
