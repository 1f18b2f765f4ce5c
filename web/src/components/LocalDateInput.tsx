import { DateInput, type DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { parseTypedDate } from '../format/province-time';

type Props = Omit<DateInputProps, 'value' | 'onChange' | 'valueFormat' | 'dateParser' | 'withTime'> & {
  /** A calendar day in the province, `YYYY-MM-DD`, or null when empty. */
  value: string | null;
  onChange(value: string | null): void;
};

/** A calendar day, typed or picked as dd/MM/yyyy; a day has no time zone, so its value is the day itself. */
export function LocalDateInput({ value, onChange, ...props }: Props) {
  const { t } = useTranslation();
  return (
    <DateInput
      previousLabel={t('common.previous')}
      nextLabel={t('common.next')}
      hideOutsideDates
      {...props}
      valueFormat="DD/MM/YYYY"
      placeholder={props.placeholder ?? 'dd/mm/yyyy'}
      dateParser={parseTypedDate}
      value={value}
      onChange={(day) => onChange(day ? day.slice(0, 10) : null)}
      autoComplete="off"
    />
  );
}
