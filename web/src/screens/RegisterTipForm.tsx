import { Alert, Button, Fieldset, Group, Radio, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type KeyboardEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../api/client';
import { ErrorSummary, type FieldError } from '../components/ErrorSummary';
import { serverFieldErrors } from '../components/server-field-errors';
import { LocalDateTimeInput } from '../components/LocalDateTimeInput';
import { tipKeys, triageKeys } from './lists/query-keys';

const CHANNELS = ['HOTLINE_111', 'PROVINCIAL_HOTLINE', 'WALK_IN', 'COMMUNE_POLICE', 'BORDER_POST', 'REFERRAL', 'OTHER'] as const;
type Channel = (typeof CHANNELS)[number];

const emptyForm = () => ({
  victimInDanger: '' as '' | 'true' | 'false',
  channel: 'HOTLINE_111' as Channel,
  receivedAt: new Date().toISOString() as string | null,
  summary: '',
  location: '',
  urgency: 'NORMAL' as 'NORMAL' | 'URGENT',
  tipsterName: '',
  tipsterPhone: '',
  tipsterNote: '',
});

/**
 * Enter in a one-line field would send the form half-filled (the browser's implicit submission): only the button sends
 * it. Text areas keep Enter for a new line.
 */
function keepEnterFromSubmitting(event: KeyboardEvent<HTMLFormElement>) {
  const target = event.target as HTMLElement;
  if (event.key === 'Enter' && target instanceof HTMLInputElement && target.type !== 'submit') event.preventDefault();
}

/** Shown in place of the tipster's details until the coordinator chooses to see them (someone may be looking on). */
const MASKED = { WebkitTextSecurity: 'disc' } as const;

/** One-page tip registration: the danger question first, the tipster's contact in a block of its own. */
export function RegisterTipForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form, setForm] = useState(emptyForm);
  const [browserErrors, setBrowserErrors] = useState<FieldError[]>([]);
  const [tipsterShown, setTipsterShown] = useState(false);
  // One key per filled-in form: a retried click after a lost answer never registers the tip twice.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => setForm((current) => ({ ...current, [key]: value }));

  const register = useMutation({
    mutationFn: async () => {
      const tipster = { name: form.tipsterName.trim(), phone: form.tipsterPhone.trim(), note: form.tipsterNote.trim() };
      const tipsterContact = Object.fromEntries(Object.entries(tipster).filter(([, value]) => value));
      return unwrap(
        await api.POST('/tips', {
          params: { header: { 'Idempotency-Key': idempotencyKey } },
          body: {
            channel: form.channel,
            receivedAt: form.receivedAt ?? '',
            summary: form.summary,
            location: form.location,
            urgency: form.victimInDanger === 'true' ? 'URGENT' : form.urgency,
            victimInDanger: form.victimInDanger === 'true',
            ...(Object.keys(tipsterContact).length ? { tipsterContact } : {}),
          },
        }),
      );
    },
    onSuccess: () => {
      setForm(emptyForm());
      setTipsterShown(false);
      setIdempotencyKey(crypto.randomUUID());
      void queryClient.invalidateQueries({ queryKey: tipKeys.all });
      void queryClient.invalidateQueries({ queryKey: triageKeys.all });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing: FieldError[] = (['victimInDanger', 'summary', 'location'] as const)
      .filter((field) => form[field].trim() === '')
      .map((field) => ({ field, message: `${t(`dutyDesk.${field}`)}: ${t('validation.required')}` }));
    setBrowserErrors(missing);
    if (missing.length === 0) register.mutate();
  };

  const serverErrors = register.error instanceof ApiError ? serverFieldErrors(register.error.body) : [];
  const errors = browserErrors.length ? browserErrors : serverErrors;
  const errorOf = (field: string) =>
    errors.find((error) => error.field === field || error.field === `tipsterContact.${field.replace('tipster', '').toLowerCase()}`)?.message;

  return (
    <form onSubmit={submit} onKeyDown={keepEnterFromSubmitting} noValidate aria-labelledby="register-tip-title" autoComplete="off">
      <Stack>
        <Title order={2} size="h3" id="register-tip-title">
          {t('dutyDesk.registerTip')}
        </Title>
        <ErrorSummary errors={errors} idPrefix="tip" />
        {register.isSuccess && (
          <Alert color="green.9" variant="outline" role="status">
            {t('dutyDesk.registered', { reference: register.data.reference })}
          </Alert>
        )}
        <Radio.Group
          id="tip-victimInDanger"
          label={t('dutyDesk.victimInDanger')}
          description={t('dutyDesk.victimInDangerHint')}
          required
          value={form.victimInDanger}
          error={errorOf('victimInDanger')}
          onChange={(value) => set('victimInDanger', value as 'true' | 'false')}
        >
          <Group mt="xs">
            <Radio value="true" label={t('common.yes')} />
            <Radio value="false" label={t('common.no')} />
          </Group>
        </Radio.Group>
        {form.victimInDanger === 'true' && (
          <Alert color="red.9" variant="outline" title={t('dutyDesk.rescueTitle')} data-testid="rescue-path">
            {t('dutyDesk.rescueText')}
          </Alert>
        )}
        {/* Two short choices side by side; the date and time on a line of its own, so dd/MM/yyyy HH:mm is never cut. */}
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <Select
            id="tip-channel"
            label={t('dutyDesk.channel')}
            required
            allowDeselect={false}
            data={CHANNELS.map((value) => ({ value, label: t(`enums.channel.${value}`) }))}
            value={form.channel}
            error={errorOf('channel')}
            onChange={(value) => value && set('channel', value as Channel)}
          />
          <Select
            id="tip-urgency"
            label={t('dutyDesk.urgency')}
            required
            allowDeselect={false}
            data={(['NORMAL', 'URGENT'] as const).map((value) => ({ value, label: t(`enums.urgency.${value}`) }))}
            value={form.victimInDanger === 'true' ? 'URGENT' : form.urgency}
            disabled={form.victimInDanger === 'true'}
            error={errorOf('urgency')}
            onChange={(value) => value && set('urgency', value as 'NORMAL' | 'URGENT')}
          />
        </SimpleGrid>
        <LocalDateTimeInput
          id="tip-receivedAt"
          label={t('dutyDesk.receivedAt')}
          required
          value={form.receivedAt}
          error={errorOf('receivedAt')}
          onChange={(value) => set('receivedAt', value)}
        />
        <Textarea
          id="tip-summary"
          label={t('dutyDesk.summary')}
          required
          autosize
          minRows={3}
          autoComplete="off"
          value={form.summary}
          error={errorOf('summary')}
          onChange={(e) => set('summary', e.currentTarget.value)}
        />
        <TextInput
          id="tip-location"
          label={t('dutyDesk.location')}
          required
          autoComplete="off"
          value={form.location}
          error={errorOf('location')}
          onChange={(e) => set('location', e.currentTarget.value)}
        />
        <Fieldset legend={t('dutyDesk.tipster')}>
          <Text size="sm" mb="xs">
            {t('dutyDesk.tipsterHint')}
          </Text>
          <Group mb="xs" gap="xs">
            <Button
              variant="default"
              size="xs"
              aria-pressed={tipsterShown}
              aria-controls="tip-tipsterName tip-tipsterPhone tip-tipsterNote"
              onClick={() => setTipsterShown((shown) => !shown)}
            >
              {tipsterShown ? t('dutyDesk.hideTipster') : t('dutyDesk.showTipster')}
            </Button>
            {!tipsterShown && <Text size="xs">{t('dutyDesk.tipsterMasked')}</Text>}
          </Group>
          <Group grow align="flex-start" wrap="wrap">
            <TextInput
              id="tip-tipsterName"
              label={t('dutyDesk.tipsterName')}
              autoComplete="off"
              value={form.tipsterName}
              styles={tipsterShown ? undefined : { input: MASKED }}
              error={errorOf('tipsterName')}
              onChange={(e) => set('tipsterName', e.currentTarget.value)}
            />
            <TextInput
              id="tip-tipsterPhone"
              label={t('dutyDesk.tipsterPhone')}
              autoComplete="off"
              type="tel"
              value={form.tipsterPhone}
              styles={tipsterShown ? undefined : { input: MASKED }}
              error={errorOf('tipsterPhone')}
              onChange={(e) => set('tipsterPhone', e.currentTarget.value)}
            />
          </Group>
          <TextInput
            id="tip-tipsterNote"
            mt="sm"
            label={t('dutyDesk.tipsterNote')}
            autoComplete="off"
            value={form.tipsterNote}
            styles={tipsterShown ? undefined : { input: MASKED }}
            error={errorOf('tipsterNote')}
            onChange={(e) => set('tipsterNote', e.currentTarget.value)}
          />
        </Fieldset>
        <Group>
          <Button type="submit" loading={register.isPending}>
            {t('dutyDesk.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
