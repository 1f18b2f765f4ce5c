import type { ErrorBody } from '../../api/client';
import type { FieldError } from '../../components/ErrorSummary';
import { serverFieldErrors } from '../../components/server-field-errors';

/**
 * The API's errors as field errors, also when a conflict or a check names its field at the start of its explanation
 * (`username: x is taken`, `parentCode: agency X does not exist`).
 */
export function adminFieldErrors(body: ErrorBody, fields: readonly string[]): FieldError[] {
  const errors = serverFieldErrors(body);
  if (errors.some((error) => error.field)) return errors;
  const named = /^(\w+): /.exec(body.reason ?? body.message)?.[1];
  return named && fields.includes(named) ? [{ field: named, message: errors[0].message }] : errors;
}

/** What still holds an agency the API refused to deactivate (409), as numbers the screen words itself. */
export function agencyStillInUse(body: ErrorBody): { tasks: number; users: number; children: number } | null {
  const match = /(\d+) open task\(s\), (\d+) active user\(s\) and (\d+) active sub-agenc/.exec(`${body.reason ?? ''} ${body.message}`);
  return match ? { tasks: Number(match[1]), users: Number(match[2]), children: Number(match[3]) } : null;
}
