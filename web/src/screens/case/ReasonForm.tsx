import { Button, Group, Stack, Textarea } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { serverFieldErrors } from '../../components/server-field-errors';

interface Props {
  idPrefix: string;
  label: string;
  submitLabel: string;
  error: unknown;
  pending: boolean;
  /** Fields of their own above the reason (an agency picker, a choice), given their error messages. */
  children?: (errorOf: (field: string) => string | undefined) => ReactNode;
  /** Browser checks of those fields, as field errors; empty when they are fine. */
  check?: () => FieldError[];
  onSubmit(reason: string): void;
  onCancel?(): void;
  danger?: boolean;
}

/** Every action that changes someone else's work says why (the API requires 3 to 4000 characters): one form for them all. */
export function ReasonForm({ idPrefix, label, submitLabel, error, pending, children, check, onSubmit, onCancel, danger }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [browserErrors, setBrowserErrors] = useState<FieldError[]>([]);
  const serverErrors = error instanceof ApiError ? serverFieldErrors(error.body) : [];
  const errors = browserErrors.length ? browserErrors : serverErrors;
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = [...(check?.() ?? [])];
    if (reason.trim().length < 3) problems.push({ field: 'reason', message: `${label}: ${t('caseActions.reasonTooShort')}` });
    setBrowserErrors(problems);
    if (problems.length === 0) onSubmit(reason.trim());
  };
  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="sm">
        <ErrorSummary errors={errors} idPrefix={idPrefix} />
        {children?.(errorOf)}
        <Textarea
          id={`${idPrefix}-reason`}
          label={label}
          required
          autosize
          minRows={2}
          maxLength={2000}
          value={reason}
          error={errorOf('reason')}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
        <Group>
          <Button type="submit" loading={pending} color={danger ? 'red.9' : undefined}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('caseActions.back')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
