/** The parts of the API's error body these rules read (ErrorBody, without importing the browser client). */
interface ErrorLike {
  message: string;
  reason?: string;
}
interface FieldErrorLike {
  field?: string;
  message: string;
}

/**
 * Field errors, also when a conflict or a check names its field at the start of its explanation (`username: x is
 * taken`, `parentCode: agency X does not exist`) instead of in validation details.
 */
export function withNamedField<E extends FieldErrorLike>(errors: E[], body: ErrorLike, fields: readonly string[]): E[] {
  if (errors.length !== 1 || errors[0].field) return errors;
  const named = /^(\w+): /.exec(body.reason ?? body.message)?.[1];
  return named && fields.includes(named) ? [{ ...errors[0], field: named }] : errors;
}

/** What still holds an agency the API refused to deactivate (409), as numbers the screen words itself. */
export function agencyStillInUse(body: ErrorLike): { tasks: number; users: number; children: number } | null {
  const match = /(\d+) open task\(s\), (\d+) active user\(s\) and (\d+) active sub-agenc/.exec(`${body.reason ?? ''} ${body.message}`);
  return match ? { tasks: Number(match[1]), users: Number(match[2]), children: Number(match[3]) } : null;
}
