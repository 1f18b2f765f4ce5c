import { DateInput, type DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { instantToProvinceWall, parseTypedDateTime, provinceWallToInstant } from '../format/province-time';

type Props = Omit<DateInputProps, 'value' | 'onChange' | 'valueFormat' | 'dateParser' | 'withTime'> & {
  /** An instant (ISO), or null when empty. */
  value: string | null;
  onChange(value: string | null): void;
};

/**
 * A date and time in the province (UTC+7), typed or picked as dd/MM/yyyy HH:mm whatever the computer's time zone;
 * its value is the instant, as the API takes it.
 */
export function LocalDateTimeInput({ value, onChange, ...props }: Props) {
  const { t } = useTranslation();
  return (
    <DateInput
      previousLabel={t('common.previous')}
      nextLabel={t('common.next')}
      hideOutsideDates
      {...props}
      withTime
      valueFormat="DD/MM/YYYY HH:mm"
      placeholder={props.placeholder ?? 'dd/mm/yyyy hh:mm'}
      dateParser={parseTypedDateTime}
      value={instantToProvinceWall(value)}
      onChange={(wall) => onChange(provinceWallToInstant(wall))}
      autoComplete="off"
    />
  );
}
