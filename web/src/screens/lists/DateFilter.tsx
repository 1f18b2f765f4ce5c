import '@mantine/dates/styles.css';
import 'dayjs/locale/vi';
import { DateInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { boundOf, parseDay, provinceDay } from './date-bounds';

interface Props {
  id: string;
  label: string;
  bound: 'from' | 'to';
  value: string | undefined;
  onChange(value: string | null): void;
}

/** A whole-day bound of a period, shown and typed dd/MM/yyyy; the URL and the API get an instant in UTC+7. */
export function DateFilter({ id, label, bound, value, onChange }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <DateInput
      id={id}
      label={label}
      valueFormat="DD/MM/YYYY"
      dateParser={parseDay}
      placeholder={t('lists.datePlaceholder')}
      locale={i18n.language}
      clearable
      autoComplete="off"
      value={provinceDay(value, bound)}
      onChange={(day) => onChange(day ? boundOf(day.slice(0, 10), bound) : null)}
    />
  );
}
