import { Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type Schemas, unwrap } from '../../api/client';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { serverFieldErrors } from '../../components/server-field-errors';
import { ReasonField } from './ReasonField';
import { FormActions } from '../../components/FormActions';
import { isPaused } from './paused';
import { taskKeys } from './query-keys';

type Task = Schemas['TaskDto'];
const ID = 'clock';

/**
 * Tạm dừng nội bộ and its end, with a reason (agency head; the server checks the role and agency). No legal effect:
 * a LAW time limit keeps running; the decision the law knows is the suspension (DecisionDialog).
 */
export function ClockDialog({ task, title, onClose }: { task: Task; title: string; onClose(done: 'suspended' | 'resumed' | null): void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const resume = isPaused(task);
  const [reason, setReason] = useState('');
  const [browserErrors, setBrowserErrors] = useState<FieldError[] | null>(null);
  const change = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST(resume ? '/tasks/{id}/resume' : '/tasks/{id}/suspend', { params: { path: { id: task.id } }, body: { reason: reason.trim() } }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: taskKeys.all });
      onClose(resume ? 'resumed' : 'suspended');
    },
  });
  const errors = browserErrors ?? (change.error instanceof ApiError ? serverFieldErrors(change.error.body) : []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = reason.trim().length < 3 ? [{ field: 'reason', message: `${t('inbox.reason')}: ${t('validation.required')}` }] : [];
    setBrowserErrors(problems.length ? problems : null);
    if (!problems.length) change.mutate();
  };
  return (
    <Modal
      opened
      closeButtonProps={{ 'aria-label': t('inbox.cancel') }}
      onClose={() => onClose(null)}
      title={t(resume ? 'inbox.resumeTitle' : 'inbox.suspendTitle', { title })}
    >
      <form noValidate onSubmit={submit}>
        <Stack>
          <Text size="sm">{t('inbox.suspendHint')}</Text>
          <ErrorSummary errors={errors} idPrefix={ID} />
          <ReasonField idPrefix={ID} value={reason} onChange={setReason} error={errors.find((e) => e.field === 'reason')?.message} />
          <FormActions
            cancelLabel={t('inbox.cancel')}
            onCancel={() => onClose(null)}
            submit={t(resume ? 'inbox.resume' : 'inbox.suspend')}
            loading={change.isPending}
          />
        </Stack>
      </form>
    </Modal>
  );
}
