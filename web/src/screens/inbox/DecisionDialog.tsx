import { Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type Schemas, unwrap } from '../../api/client';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { LocalDateInput } from '../../components/LocalDateInput';
import { serverFieldErrors } from '../../components/server-field-errors';
import { taskKeys } from './query-keys';
import { provinceNowWall } from '../../format/province-time';

type Task = Schemas['TaskDto'];
export type DecisionKind = 'suspension' | 'restoration';

/**
 * Tạm đình chỉ (a ground from the article's list, shown with its article) or phục hồi: a decision with its number,
 * date (dd/MM/yyyy) and signer. The server decides whether the law allows it now and says why not.
 */
export function DecisionDialog({ task, title, kind, onClose }: { task: Task; title: string; kind: DecisionKind; onClose(done: boolean): void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const id = `decision-${kind}`;
  const vi = i18n.language !== 'en';
  const [groundCode, setGroundCode] = useState('');
  const [decisionNumber, setDecisionNumber] = useState('');
  const [decidedOn, setDecidedOn] = useState<string | null>(null);
  const [signer, setSigner] = useState('');
  const [browserErrors, setBrowserErrors] = useState<FieldError[] | null>(null);
  const decide = useMutation({
    mutationFn: async () => {
      const record = { decisionNumber: decisionNumber.trim(), decidedOn: decidedOn!, signer: signer.trim() };
      const path = { params: { path: { id: task.id } } };
      return unwrap(
        kind === 'suspension'
          ? await api.POST('/tasks/{id}/suspension', { ...path, body: { ...record, groundCode } })
          : await api.POST('/tasks/{id}/restoration', { ...path, body: record }),
      );
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: taskKeys.all });
      onClose(true);
    },
  });
  const errors = browserErrors ?? (decide.error instanceof ApiError ? serverFieldErrors(decide.error.body) : []);
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const required = (field: string, label: string, ok: boolean) => (ok ? [] : [{ field, message: `${label}: ${t('validation.required')}` }]);
    const problems = [
      ...(kind === 'suspension' ? required('groundCode', t('inbox.ground'), Boolean(groundCode)) : []),
      ...required('decisionNumber', t('inbox.decisionNumber'), decisionNumber.trim().length > 0),
      ...required('decidedOn', t('inbox.decidedOn'), Boolean(decidedOn)),
      ...required('signer', t('inbox.signer'), signer.trim().length >= 3),
    ];
    setBrowserErrors(problems.length ? problems : null);
    if (!problems.length) decide.mutate();
  };
  const grounds = task.suspensionGrounds.map((g) => {
    const label = `${vi ? g.labelVi : g.labelEn} (${vi ? g.articleVi : g.articleEn})`;
    return { value: g.code, label: g.allowedNow ? label : t('inbox.groundNotYet', { label }) };
  });
  return (
    <Modal
      opened
      size="lg"
      closeButtonProps={{ 'aria-label': t('inbox.cancel') }}
      onClose={() => onClose(false)}
      title={t(kind === 'suspension' ? 'inbox.suspensionTitle' : 'inbox.restorationTitle', { title })}
    >
      <form noValidate onSubmit={submit}>
        <Stack>
          <Text size="sm">{t(kind === 'suspension' ? 'inbox.suspensionHint' : 'inbox.restorationHint')}</Text>
          <ErrorSummary errors={errors} idPrefix={id} />
          {kind === 'suspension' && (
            <NativeSelect
              id={`${id}-groundCode`}
              label={t('inbox.ground')}
              required
              value={groundCode}
              onChange={(event) => setGroundCode(event.currentTarget.value)}
              data={[{ value: '', label: t('inbox.chooseGround') }, ...grounds]}
              error={errorOf('groundCode')}
            />
          )}
          <TextInput
            id={`${id}-decisionNumber`}
            label={t('inbox.decisionNumber')}
            required
            value={decisionNumber}
            onChange={(event) => setDecisionNumber(event.currentTarget.value)}
            error={errorOf('decisionNumber')}
          />
          <LocalDateInput
            id={`${id}-decidedOn`}
            label={t('inbox.decidedOn')}
            required
            value={decidedOn}
            onChange={setDecidedOn}
            maxDate={provinceNowWall()}
            error={errorOf('decidedOn')}
          />
          <TextInput
            id={`${id}-signer`}
            label={t('inbox.signer')}
            required
            value={signer}
            onChange={(event) => setSigner(event.currentTarget.value)}
            error={errorOf('signer')}
          />
          <FormActions
            cancelLabel={t('inbox.cancel')}
            onCancel={() => onClose(false)}
            submit={t(kind === 'suspension' ? 'inbox.decideSuspension' : 'inbox.decideRestoration')}
            loading={decide.isPending}
          />
        </Stack>
      </form>
    </Modal>
  );
}
