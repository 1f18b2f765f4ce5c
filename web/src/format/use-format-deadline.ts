import { useTranslation } from 'react-i18next';
import { deadlineDay, formatDay, formatInstant, formatLocalDateTime } from './local-date-time';

/**
 * THE way every screen writes a deadline: a period ending at 24:00 is "hết ngày dd/MM/yyyy" of its last day (art. 134),
 * not 00:00 of the next; any other instant is dd/MM/yyyy HH:mm. Takes a `*Local` field, or (`instant`) any ISO instant
 * the API gives without a local twin.
 */
export function useFormatDeadline(): (local: string | null | undefined, instant?: boolean) => string {
  const { t } = useTranslation();
  return (value, instant = false) => {
    if (!value) return '';
    const local = instant ? provinceLocal(value) : value;
    const { day, endOfDay } = deadlineDay(local);
    return endOfDay ? t('due.endOfDay', { date: formatDay(day) }) : formatLocalDateTime(local);
  };
}

/** `formatInstant` as a local ISO string (yyyy-MM-ddTHH:mm in UTC+7), so deadlineDay can read it. */
function provinceLocal(iso: string): string {
  const shown = formatInstant(iso); // dd/MM/yyyy HH:mm
  const match = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2})$/.exec(shown);
  return match ? `${match[3]}-${match[2]}-${match[1]}T${match[4]}:${match[5]}:00+07:00` : '';
}
