import { List, Modal, NativeSelect, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type Schemas, unwrap } from '../../api/client';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { serverFieldErrors } from '../../components/server-field-errors';
import { useMembers } from './use-members';
import { ReasonField } from './ReasonField';
import { FormActions } from '../../components/FormActions';
import { taskKeys } from './query-keys';

type Task = Schemas['TaskDto'];
const ID = 'assign';

interface Props {
  agencyCode: string;
  tasks: Task[];
  titleOf(task: Task): string;
  onClose(assigned: number | null): void;
}

/**
 * Phân công: the agency head gives one or several tasks to an active officer of the agency, with one reason. Each task
 * is its own request: one refused (closed meanwhile, already with that officer) is listed and the others still go.
 */
export function AssignDialog({ agencyCode, tasks, titleOf, onClose }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const members = useMembers(agencyCode);
  const [userId, setUserId] = useState('');
  const [reason, setReason] = useState('');
  const [browserErrors, setBrowserErrors] = useState<FieldError[] | null>(null);
  const [failures, setFailures] = useState<FieldError[]>([]);
  const assign = useMutation({
    mutationFn: async () => {
      const results = await Promise.allSettled(
        tasks.map(async (task) =>
          unwrap(await api.POST('/tasks/{id}/assign', { params: { path: { id: task.id } }, body: { userId, reason: reason.trim() } })),
        ),
      );
      return results.flatMap((result, index) =>
        result.status === 'fulfilled'
          ? []
          : serverFieldErrors(
              result.reason instanceof ApiError ? result.reason.body : { statusCode: 0, code: 'INTERNAL', message: String(result.reason) },
            ).map((error) => ({
              field: error.field,
              message: t('inbox.assignFailed', { title: titleOf(tasks[index]), message: error.message }),
            })),
      );
    },
    onSuccess: (problems) => {
      void queryClient.invalidateQueries({ queryKey: taskKeys.all });
      if (problems.length === 0) onClose(tasks.length);
      else setFailures(problems);
    },
  });
  const errors = browserErrors ?? failures;
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: FieldError[] = [];
    if (!userId) problems.push({ field: 'userId', message: `${t('inbox.officer')}: ${t('validation.required')}` });
    if (reason.trim().length < 3) problems.push({ field: 'reason', message: `${t('inbox.reason')}: ${t('validation.required')}` });
    setBrowserErrors(problems.length ? problems : null);
    setFailures([]);
    if (!problems.length) assign.mutate();
  };
  const active = (members.data ?? []).filter((m) => m.active);
  return (
    <Modal
      opened
      closeButtonProps={{ 'aria-label': t('inbox.cancel') }}
      onClose={() => onClose(null)}
      title={t('inbox.assignTitle', { count: tasks.length })}
    >
      <form noValidate onSubmit={submit}>
        <Stack>
          <List size="sm">
            {tasks.map((task) => (
              <List.Item key={task.id}>{titleOf(task)}</List.Item>
            ))}
          </List>
          <ErrorSummary errors={errors} idPrefix={ID} />
          <NativeSelect
            id={`${ID}-userId`}
            label={t('inbox.officer')}
            required
            value={userId}
            onChange={(event) => setUserId(event.currentTarget.value)}
            data={[{ value: '', label: t('inbox.chooseOfficer') }, ...active.map((m) => ({ value: m.id, label: m.displayName }))]}
            error={errorOf('userId')}
          />
          <ReasonField idPrefix={ID} value={reason} onChange={setReason} error={errorOf('reason')} />
          <FormActions
            cancelLabel={t('inbox.cancel')}
            onCancel={() => onClose(failures.length ? tasks.length - failures.length : null)}
            submit={t('inbox.assign')}
            loading={assign.isPending}
          />
        </Stack>
      </form>
    </Modal>
  );
}
