import { Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The dialog's id prefix: the field is `<idPrefix>-reason`, as the error summary links it. */
  idPrefix: string;
  value: string;
  onChange(value: string): void;
  error: string | undefined;
}

/** The reason a dialog's action needs (assigning, suspending a deadline, asking for more time). */
export function ReasonField({ idPrefix, value, onChange, error }: Props) {
  const { t } = useTranslation();
  return (
    <Textarea
      id={`${idPrefix}-reason`}
      label={t('inbox.reason')}
      required
      autosize
      minRows={2}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
    />
  );
}
