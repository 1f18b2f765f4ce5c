import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface FieldError {
  field?: string;
  message: string;
}

/** All problems at the top, each linking to its field, with the same messages shown inline (GOV.UK error summary). */
export function ErrorSummary({ errors, idPrefix }: { errors: FieldError[]; idPrefix: string }) {
  const { t } = useTranslation();
  if (errors.length === 0) return null;
  return (
    <Alert color="red.9" variant="outline" title={t('common.errorSummary')} role="alert" tabIndex={-1}>
      <List size="sm">
        {errors.map((error, index) => (
          <List.Item key={index}>{error.field ? <a href={`#${idPrefix}-${error.field}`}>{error.message}</a> : error.message}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
