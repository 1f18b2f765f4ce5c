import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The filter's name in the URL and the API: the control's id is `filter-<name>`. */
  name: string;
  label: string;
  data: Array<{ value: string; label: string }>;
  value: string | undefined | null;
  onChange(value: string | null): void;
  /** Its width from a small screen up; on a phone every filter takes the whole width. */
  width: number;
  searchable?: boolean;
}

/** One choice of a list's filter bar, "any" when cleared. */
export function FilterSelect({ name, label, data, value, onChange, width, searchable }: Props) {
  const { t } = useTranslation();
  return (
    <Select
      id={`filter-${name}`}
      label={label}
      placeholder={t('lists.any')}
      clearable
      searchable={searchable}
      data={data}
      value={value ?? null}
      onChange={onChange}
      w={{ base: '100%', sm: width }}
    />
  );
}
