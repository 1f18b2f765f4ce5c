import { DateInput, type DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { parseTypedDate, parseTypedDateTime } from '../format/province-time';

export type ProvinceDateFieldProps = Omit<DateInputProps, 'value' | 'onChange' | 'valueFormat' | 'dateParser' | 'withTime'> & {
  value: string | null;
  onChange(value: string | null): void;
};

/**
 * The part every date input shares: dd/MM/yyyy (HH:mm) typed the province's way — Mantine's own parser would read
 * 01/10/2026 as 10 January — named month arrows, no neighbouring months' days. `value` is Mantine's naive
 * `YYYY-MM-DD[ HH:mm:ss]`.
 */
export function ProvinceDateField({ withTime, ...props }: ProvinceDateFieldProps & { withTime: boolean }) {
  const { t } = useTranslation();
  return (
    <DateInput
      previousLabel={t('common.previous')}
      nextLabel={t('common.next')}
      hideOutsideDates
      {...props}
      withTime={withTime}
      valueFormat={withTime ? 'DD/MM/YYYY HH:mm' : 'DD/MM/YYYY'}
      placeholder={props.placeholder ?? (withTime ? 'dd/mm/yyyy hh:mm' : 'dd/mm/yyyy')}
      dateParser={withTime ? parseTypedDateTime : parseTypedDate}
      autoComplete="off"
    />
  );
}
