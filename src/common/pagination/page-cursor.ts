import { AppException } from '../app-exception';
import { ErrorCode } from '../../domain/error-code';

/** Where a page ended: the sort key and the id of its last row, for one list (`list`) only. */
export interface PageCursor {
  list: string;
  key: string | number;
  id: string;
}

export function encodeCursor(cursor: PageCursor): string {
  return Buffer.from(JSON.stringify([cursor.list, cursor.key, cursor.id]), 'utf8').toString('base64url');
}

/** 400 for anything that is not a cursor this list handed out (garbled, or taken from another list). */
export function decodeCursor(text: string, list: string): PageCursor {
  const invalid = () =>
    new AppException(ErrorCode.VALIDATION_FAILED, 'cursor: not a cursor of this list; use the X-Next-Cursor header of the previous page');
  if (!/^[A-Za-z0-9_-]+$/.test(text)) throw invalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw invalid();
  const [name, key, id] = parsed as unknown[];
  if (name !== list || typeof id !== 'string' || id.length === 0 || id.length > 100) throw invalid();
  if (!(typeof key === 'string' && key.length <= 100) && !(typeof key === 'number' && Number.isFinite(key))) throw invalid();
  return { list, key, id };
}
