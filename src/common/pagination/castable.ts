import type { KeysetOrder } from './keyset-page';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** PostgreSQL's text form of a timestamptz, e.g. `2026-11-28 08:00:00.123456+00`. */
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?[+-]\d{2}(:\d{2}){0,2}$/;

function isTimestamp(text: string): boolean {
  const m = TIMESTAMP.exec(text);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hour < 24 && minute < 60 && second < 60;
}

/** Whether a cursor's values cast to the sort key's and id's types, so a forged cursor is a 400, not a SQL error. */
export function castable(value: string | number, type: KeysetOrder['keyType'] | KeysetOrder['idType']): boolean {
  if (type === 'integer') return typeof value === 'number' && Number.isSafeInteger(value);
  if (typeof value !== 'string') return false;
  if (type === 'uuid') return UUID.test(value);
  if (type === 'timestamptz') return isTimestamp(value);
  return !value.includes('\u0000');
}
