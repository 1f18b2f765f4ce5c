import { Alert, Button, Checkbox, Group, Radio, Select, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type Schemas, unwrap } from '../../api/client';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { LocalDateTimeInput } from '../../components/LocalDateTimeInput';
import { serverFieldErrors } from '../../components/server-field-errors';
import { useLabels } from '../../session/use-labels';
import { useAgencyOptions } from '../../session/use-agencies';
import { taskKeys } from '../inbox/query-keys';
import { caseKeys } from './query-keys';
import { provinceNowWall } from '../../format/province-time';

type Kind = Schemas['StartProcessDto']['kind'];
const KINDS: Kind[] = ['RESCUE', 'RECEPTION', 'PROSECUTION'];
const ROUTES = ['BORDER_HANDOVER', 'SELF_REPORT'] as const;
const ID = 'start';

const emptyForm = () => ({
  kind: '' as Kind | '',
  victimAbroad: false,
  borderArea: false,
  route: 'BORDER_HANDOVER' as (typeof ROUTES)[number],
  personLabel: '',
  child: false,
  homeCommuneCode: null as string | null,
  arrivalCommuneCode: null as string | null,
  receivingAgencyCode: null as string | null,
  decidedAt: null as string | null,
  openedByBorderGuard: false,
});

/** The start request as the API's DTO has it: only the fields of the chosen kind (and route). */
function requestOf(form: ReturnType<typeof emptyForm>): Schemas['StartProcessDto'] {
  if (form.kind === 'RESCUE') return { kind: 'RESCUE', victimAbroad: form.victimAbroad, borderArea: form.borderArea };
  if (form.kind === 'PROSECUTION')
    return {
      kind: 'PROSECUTION',
      openedByBorderGuard: form.openedByBorderGuard,
      ...(form.decidedAt ? { decidedAt: form.decidedAt } : {}),
    };
  return {
    kind: 'RECEPTION',
    route: form.route,
    child: form.child,
    ...(form.personLabel.trim() ? { personLabel: form.personLabel.trim() } : {}),
    ...(form.homeCommuneCode ? { homeCommuneCode: form.homeCommuneCode } : {}),
    ...(form.route === 'SELF_REPORT' && form.arrivalCommuneCode ? { arrivalCommuneCode: form.arrivalCommuneCode } : {}),
    ...(form.route === 'SELF_REPORT' && form.receivingAgencyCode ? { receivingAgencyCode: form.receivingAgencyCode } : {}),
  };
}

/** Start a rescue, a reception or a prosecution in the case: one form, the fields of the chosen kind. */
export function StartProcessForm({ reference, chargeSet }: { reference: string; chargeSet: boolean }) {
  const { t } = useTranslation();
  const label = useLabels();
  const agencyOptions = useAgencyOptions();
  const queryClient = useQueryClient();
  const [form, setForm] = useState(emptyForm);
  const [browserErrors, setBrowserErrors] = useState<FieldError[]>([]);
  // One key per filled-in form: a retried click after a lost answer never starts the process twice.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => setForm((current) => ({ ...current, [key]: value }));

  const start = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/cases/{reference}/processes', {
          params: { path: { reference }, header: { 'Idempotency-Key': idempotencyKey } },
          body: requestOf(form),
        }),
      ),
    onSuccess: () => {
      setForm(emptyForm());
      setIdempotencyKey(crypto.randomUUID());
      void queryClient.invalidateQueries({ queryKey: caseKeys.all });
      void queryClient.invalidateQueries({ queryKey: taskKeys.all });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: FieldError[] = [];
    if (!form.kind) problems.push({ field: 'kind', message: `${t('caseActions.kind')}: ${t('validation.required')}` });
    // The prosecution's periods depend on the severity, which follows the charge (the case workflow refuses otherwise).
    if (form.kind === 'PROSECUTION' && !chargeSet) problems.push({ field: 'kind', message: t('caseActions.chargeFirst') });
    if (form.kind === 'RECEPTION' && form.personLabel.trim() && !/^[A-Za-z0-9-]{1,20}$/.test(form.personLabel.trim()))
      problems.push({ field: 'personLabel', message: `${t('caseActions.personLabel')}: ${t('caseActions.personLabelRule')}` });
    if (form.kind === 'RECEPTION' && form.route === 'SELF_REPORT' && !form.arrivalCommuneCode && !form.homeCommuneCode)
      problems.push({ field: 'arrivalCommuneCode', message: `${t('caseActions.arrivalCommune')}: ${t('caseActions.communeNeeded')}` });
    setBrowserErrors(problems);
    if (problems.length === 0) start.mutate();
  };

  const serverErrors = start.error instanceof ApiError ? serverFieldErrors(start.error.body) : [];
  const errors = browserErrors.length ? browserErrors : serverErrors;
  const errorOf = (field: string) => errors.find((error) => error.field === field)?.message;
  const communes = agencyOptions((agency) => agency.kind === 'COMMUNE');
  const receivers = agencyOptions((agency) => !agency.external);

  return (
    <form onSubmit={submit} noValidate aria-labelledby="start-process-title" data-testid="start-process">
      <Stack gap="sm">
        <Title order={3} size="h4" id="start-process-title">
          {t('caseActions.startProcess')}
        </Title>
        <ErrorSummary errors={errors} idPrefix={ID} />
        {start.isSuccess && (
          <Alert color="green.9" variant="outline" role="status">
            {t('caseActions.started', { kind: label('processKinds', start.data.kind) })}
          </Alert>
        )}
        <Radio.Group
          id={`${ID}-kind`}
          label={t('caseActions.kind')}
          required
          value={form.kind}
          error={errorOf('kind')}
          onChange={(v) => set('kind', v as Kind)}
        >
          <Group mt="xs">
            {KINDS.map((kind) => (
              <Radio key={kind} value={kind} label={label('processKinds', kind)} />
            ))}
          </Group>
        </Radio.Group>
        {form.kind === 'RESCUE' && (
          <Group>
            <Checkbox
              id={`${ID}-victimAbroad`}
              label={t('caseActions.victimAbroad')}
              checked={form.victimAbroad}
              error={errorOf('victimAbroad')}
              onChange={(e) => set('victimAbroad', e.currentTarget.checked)}
            />
            <Checkbox
              id={`${ID}-borderArea`}
              label={t('caseActions.borderArea')}
              checked={form.borderArea}
              error={errorOf('borderArea')}
              onChange={(e) => set('borderArea', e.currentTarget.checked)}
            />
          </Group>
        )}
        {form.kind === 'RECEPTION' && (
          <>
            <Radio.Group
              id={`${ID}-route`}
              label={t('caseActions.route')}
              required
              value={form.route}
              error={errorOf('route')}
              onChange={(v) => set('route', v as (typeof ROUTES)[number])}
            >
              <Group mt="xs">
                {ROUTES.map((route) => (
                  <Radio key={route} value={route} label={t(`caseActions.routes.${route}`)} />
                ))}
              </Group>
            </Radio.Group>
            <Group grow align="flex-start" wrap="wrap">
              <TextInput
                id={`${ID}-personLabel`}
                label={t('caseActions.personLabel')}
                description={t('caseActions.personLabelHint')}
                autoComplete="off"
                value={form.personLabel}
                error={errorOf('personLabel')}
                onChange={(e) => set('personLabel', e.currentTarget.value)}
              />
              <Select
                id={`${ID}-homeCommuneCode`}
                label={t('caseActions.homeCommune')}
                description={t('caseActions.homeCommuneHint')}
                data={communes}
                searchable
                clearable
                clearButtonProps={{ 'aria-label': t('caseActions.clear') }}
                value={form.homeCommuneCode}
                error={errorOf('homeCommuneCode')}
                onChange={(v) => set('homeCommuneCode', v)}
              />
            </Group>
            <Checkbox
              id={`${ID}-child`}
              label={t('caseActions.child')}
              checked={form.child}
              onChange={(e) => set('child', e.currentTarget.checked)}
            />
            {form.route === 'SELF_REPORT' && (
              <Group grow align="flex-start" wrap="wrap">
                <Select
                  id={`${ID}-arrivalCommuneCode`}
                  label={t('caseActions.arrivalCommune')}
                  data={communes}
                  searchable
                  clearable
                  clearButtonProps={{ 'aria-label': t('caseActions.clear') }}
                  value={form.arrivalCommuneCode}
                  error={errorOf('arrivalCommuneCode')}
                  onChange={(v) => set('arrivalCommuneCode', v)}
                />
                <Select
                  id={`${ID}-receivingAgencyCode`}
                  label={t('caseActions.receivingAgency')}
                  data={receivers}
                  searchable
                  clearable
                  clearButtonProps={{ 'aria-label': t('caseActions.clear') }}
                  value={form.receivingAgencyCode}
                  error={errorOf('receivingAgencyCode')}
                  onChange={(v) => set('receivingAgencyCode', v)}
                />
              </Group>
            )}
          </>
        )}
        {form.kind === 'PROSECUTION' && (
          <Group grow align="flex-start" wrap="wrap">
            <LocalDateTimeInput
              id={`${ID}-decidedAt`}
              label={t('caseActions.decidedAt')}
              description={t('caseActions.decidedAtHint')}
              ariaLabels={{
                previousMonth: t('caseActions.calendar.previousMonth'),
                nextMonth: t('caseActions.calendar.nextMonth'),
                previousYear: t('caseActions.calendar.previousYear'),
                nextYear: t('caseActions.calendar.nextYear'),
                previousDecade: t('caseActions.calendar.previousDecade'),
                nextDecade: t('caseActions.calendar.nextDecade'),
                monthLevelControl: t('caseActions.calendar.monthLevel'),
                yearLevelControl: t('caseActions.calendar.yearLevel'),
              }}
              maxDate={provinceNowWall()}
              clearable
              clearButtonProps={{ 'aria-label': t('caseActions.clear') }}
              value={form.decidedAt}
              error={errorOf('decidedAt')}
              onChange={(v) => set('decidedAt', v)}
            />
            <Checkbox
              id={`${ID}-openedByBorderGuard`}
              mt="xl"
              label={t('caseActions.openedByBorderGuard')}
              checked={form.openedByBorderGuard}
              onChange={(e) => set('openedByBorderGuard', e.currentTarget.checked)}
            />
          </Group>
        )}
        <Group>
          <Button type="submit" loading={start.isPending}>
            {t('caseActions.start')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
