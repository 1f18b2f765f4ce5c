import { useTranslation } from 'react-i18next';
import { LocalDateInput } from '../../components/LocalDateInput';
import { boundOf, provinceDay } from './date-bounds';

interface Props {
  id: string;
  label: string;
  bound: 'from' | 'to';
  value: string | undefined;
  onChange(value: string | null): void;
}

/** A whole-day bound of a period, shown and typed dd/MM/yyyy; the URL and the API get an instant in UTC+7. */
export function DateFilter({ id, label, bound, value, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <LocalDateInput
      id={id}
      label={label}
      placeholder={t('lists.datePlaceholder')}
      clearable
      value={provinceDay(value, bound)}
      onChange={(day) => onChange(day ? boundOf(day, bound) : null)}
    />
  );
}
