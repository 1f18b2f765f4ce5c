import { Button, Group, NumberInput, Radio, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inputToProvinceIso } from '../format/local-date-time';
import { ErrorSummary, type FieldError } from './ErrorSummary';
import { kindOf, type OutcomeJsonSchema, outcomeProblems, type OutcomeValues, requiredFields } from './outcome-schema';

interface Props {
  idPrefix: string;
  schema: OutcomeJsonSchema;
  /** Errors from the server, by field where it named one. */
  serverErrors: FieldError[];
  submitting: boolean;
  onSubmit(outcome: Record<string, unknown>): void;
  onCancel(): void;
}

/** A form generated from the step's outcome JSON Schema: one input per property, labels from the translations. */
export function OutcomeForm({ idPrefix, schema, serverErrors, submitting, onSubmit, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState<OutcomeValues>({});
  const [browserErrors, setBrowserErrors] = useState<FieldError[] | null>(null);
  const required = requiredFields(schema, values);
  const label = (field: string) =>
    i18n.exists(`outcome.field.${field}`) ? t(`outcome.field.${field}`) : (schema.properties[field].description ?? field);
  const errors = browserErrors ?? serverErrors;
  const errorOf = (field: string) => errors.find((error) => error.field === field)?.message;
  const set = (field: string, value: string | boolean | undefined) => setValues((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = outcomeProblems(schema, values).map(({ field, problem }) => ({
      field,
      message: `${label(field)}: ${t(`validation.${problem}`)}`,
    }));
    setBrowserErrors(problems.length ? problems : null);
    if (problems.length) return;
    const outcome: Record<string, unknown> = {};
    for (const [field, property] of Object.entries(schema.properties)) {
      const value = values[field];
      if (value === undefined || value === '') continue;
      const kind = kindOf(property);
      outcome[field] = kind === 'integer' ? Number(value) : kind === 'datetime' ? inputToProvinceIso(String(value)) : value;
    }
    onSubmit(outcome);
  };

  return (
    // Enter in a text field must not send a legal decision by accident: only the button submits.
    <form
      noValidate
      onSubmit={submit}
      onKeyDown={(event) => event.key === 'Enter' && (event.target as HTMLElement).tagName === 'INPUT' && event.preventDefault()}
    >
      <Stack>
        <ErrorSummary errors={errors} idPrefix={idPrefix} />
        {Object.entries(schema.properties).map(([field, property]) => {
          const common = { id: `${idPrefix}-${field}`, label: label(field), required: required.has(field), error: errorOf(field) };
          switch (kindOf(property)) {
            case 'enum':
              return (
                <Select
                  key={field}
                  {...common}
                  data={(property.enum ?? [])
                    .filter((value): value is string => value !== null)
                    .map((value) => ({ value, label: i18n.exists(`outcome.value.${value}`) ? t(`outcome.value.${value}`) : value }))}
                  value={(values[field] as string | undefined) ?? null}
                  onChange={(value) => set(field, value ?? undefined)}
                  clearable={!required.has(field)}
                  allowDeselect={false}
                />
              );
            case 'boolean':
              return (
                <Radio.Group
                  key={field}
                  {...common}
                  value={values[field] === undefined ? '' : String(values[field])}
                  onChange={(value) => set(field, value === 'true')}
                >
                  <Group mt="xs">
                    <Radio value="true" label={t('common.yes')} />
                    <Radio value="false" label={t('common.no')} />
                  </Group>
                </Radio.Group>
              );
            case 'integer':
              return (
                <NumberInput
                  key={field}
                  {...common}
                  allowDecimal={false}
                  value={(values[field] as string | undefined) ?? ''}
                  onChange={(value) => set(field, String(value))}
                />
              );
            case 'datetime':
              return (
                <TextInput
                  key={field}
                  {...common}
                  type="datetime-local"
                  value={(values[field] as string | undefined) ?? ''}
                  onChange={(event) => set(field, event.currentTarget.value)}
                />
              );
            default:
              return (property.maxLength ?? 0) > 200 ? (
                <Textarea
                  key={field}
                  {...common}
                  autosize
                  minRows={3}
                  value={(values[field] as string | undefined) ?? ''}
                  onChange={(event) => set(field, event.currentTarget.value)}
                />
              ) : (
                <TextInput
                  key={field}
                  {...common}
                  autoComplete="off"
                  value={(values[field] as string | undefined) ?? ''}
                  onChange={(event) => set(field, event.currentTarget.value)}
                />
              );
          }
        })}
        <Group>
          <Button type="submit" loading={submitting}>
            {t('inbox.complete')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('inbox.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
