import { Button, Group, NumberInput, Radio, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAgencyOptions } from '../session/use-agencies';
import { ErrorSummary, type FieldError } from './ErrorSummary';
import { LocalDateTimeInput } from './LocalDateTimeInput';
import { kindOf, type OutcomeJsonSchema, outcomeProblems, type OutcomeValues, requiredFields } from './outcome-schema';

interface Props {
  idPrefix: string;
  schema: OutcomeJsonSchema;
  /** Errors from the server, by field where it named one. */
  serverErrors: FieldError[];
  submitting: boolean;
  /** The submit button's text; "Hoàn thành" unless said. */
  submitLabel?: string;
  onSubmit(outcome: Record<string, unknown>): void;
  onCancel(): void;
}

/**
 * A form generated from the step's outcome JSON Schema: one input per property, with the label, help and choice labels
 * the API gives in the screen's language (GET /steps); agencies and communes are picked by name, date-times typed as
 * dd/MM/yyyy HH:mm in the province's time.
 */
export function OutcomeForm({ idPrefix, schema, serverErrors, submitting, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const agencyOptions = useAgencyOptions();
  const [values, setValues] = useState<OutcomeValues>({});
  const [browserErrors, setBrowserErrors] = useState<FieldError[] | null>(null);
  const required = requiredFields(schema, values);
  const label = (field: string) => schema.properties[field].title ?? field;
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
      outcome[field] = kindOf(property) === 'integer' ? Number(value) : value;
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
          const common = {
            id: `${idPrefix}-${field}`,
            label: label(field),
            description: property.description,
            required: required.has(field),
            error: errorOf(field),
          };
          const kind = kindOf(property);
          switch (kind) {
            case 'agency':
            case 'commune':
              return (
                <Select
                  key={field}
                  {...common}
                  searchable
                  data={agencyOptions((agency) => (kind === 'commune' ? agency.kind === 'COMMUNE' : !agency.external))}
                  nothingFoundMessage={t('outcome.noAgencyFound')}
                  placeholder={t(kind === 'commune' ? 'outcome.pickCommune' : 'outcome.pickAgency')}
                  value={(values[field] as string | undefined) ?? null}
                  onChange={(value) => set(field, value ?? undefined)}
                  clearable={!required.has(field)}
                />
              );
            case 'enum':
              return (
                <Select
                  key={field}
                  {...common}
                  data={(property.enum ?? [])
                    .filter((value): value is string => value !== null)
                    .map((value) => ({ value, label: property['x-enum-labels']?.[value] ?? value }))}
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
                <LocalDateTimeInput
                  key={field}
                  {...common}
                  value={(values[field] as string | undefined) ?? null}
                  onChange={(instant) => set(field, instant ?? undefined)}
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
            {submitLabel ?? t('inbox.complete')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('inbox.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
