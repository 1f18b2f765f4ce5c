import { ErrorCode } from '../../domain/error-code';
import { AppException } from '../app-exception';

/** The fields a replay may return: identifiers and states, never free text, personal data or secrets. */
const REPLAYABLE_FIELDS = ['id', 'reference', 'processId', 'caseId', 'caseReference', 'tipId', 'taskId', 'status', 'kind', 'stepType', 'username'];
/** Shown once, to the caller of the first request: a replay never shows them again. */
const SECRET_FIELDS = ['temporaryPassword', 'password', 'accessToken', 'refreshToken'];
const SHOWN_ONCE = 'secretShownOnce';

/**
 * What `idempotency_keys` keeps of a first answer: the resource's identifiers and status only. Tip summaries, findings,
 * reasons and temporary passwords never reach that table; a replay answers with the identifiers (GET the resource for
 * the rest), and a replay of an answer that carried a secret is refused.
 */
export function replayRecord(body: unknown): Record<string, unknown> | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
  const fields = body as Record<string, unknown>;
  const record = Object.fromEntries(REPLAYABLE_FIELDS.filter((k) => isScalar(fields[k])).map((k) => [k, fields[k]]));
  return SECRET_FIELDS.some((k) => k in fields) ? { ...record, [SHOWN_ONCE]: true } : record;
}

/** The answer to a replay: the stored identifiers, or 409 when the first answer carried a secret. */
export function replayAnswer(stored: unknown): unknown {
  if (typeof stored === 'object' && stored !== null && (stored as Record<string, unknown>)[SHOWN_ONCE])
    throw new AppException(
      ErrorCode.CONFLICT,
      'This request was already carried out with this Idempotency-Key; its secret (a temporary password) is shown only once. Reset the password again with a new key if it was lost',
    );
  return stored;
}

const isScalar = (value: unknown) => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
