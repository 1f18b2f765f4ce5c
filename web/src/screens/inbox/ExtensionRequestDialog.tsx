import { Alert, Group, Loader, Modal, NativeSelect, NumberInput, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type Schemas, unwrap } from '../../api/client';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { serverFieldErrors } from '../../components/server-field-errors';
import { useAgencyName } from '../../session/use-agencies';
import { useLabels } from '../../session/use-labels';
import { useFormatDeadline } from '../../format/use-format-deadline';
import { ReasonField } from './ReasonField';
import { FormActions } from '../../components/FormActions';
import { useLegalBasis } from '../../session/use-legal-basis';
import { taskKeys } from './query-keys';

type Task = Schemas['TaskDto'];
const ID = 'extension';

/** A refusal by the law (too much, too late, too many) is about the time asked: it goes next to that field. */
function requestErrors(error: unknown): FieldError[] {
  if (!(error instanceof ApiError)) return [];
  return serverFieldErrors(error.body).map((e) => (e.field ? e : { ...e, field: error.body.code === 'VALIDATION_FAILED' ? undefined : 'amount' }));
}

/** Xin gia hạn: first what the law allows (from the task's own catalogue entry), then the request. */
export function ExtensionRequestDialog({ task, title, onClose }: { task: Task; title: string; onClose(sent: boolean): void }) {
  const legalBasis = useLegalBasis();
  const { t } = useTranslation();
  const label = useLabels();
  const agencyName = useAgencyName();
  const deadline = useFormatDeadline();
  const queryClient = useQueryClient();
  const [amount, setAmount] = useState<number | string>('');
  const [unit, setUnit] = useState<'days' | 'months'>('days');
  const [reason, setReason] = useState('');
  const [browserErrors, setBrowserErrors] = useState<FieldError[] | null>(null);
  const detail = useQuery({
    queryKey: taskKeys.allowance(task.id),
    queryFn: async () => unwrap(await api.GET('/tasks/{id}', { params: { path: { id: task.id } } })),
  });
  const send = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/tasks/{id}/extensions', {
          params: { path: { id: task.id } },
          body: { amount: Number(amount), unit, reason: reason.trim() },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: taskKeys.all });
      onClose(true);
    },
  });
  const errors = browserErrors ?? requestErrors(send.error);
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: FieldError[] = [];
    if (!Number.isInteger(Number(amount)) || Number(amount) < 1)
      problems.push({ field: 'amount', message: `${t('inbox.amount')}: ${t('validation.required')}` });
    if (reason.trim().length < 3) problems.push({ field: 'reason', message: `${t('inbox.reason')}: ${t('validation.required')}` });
    setBrowserErrors(problems.length ? problems : null);
    if (!problems.length) send.mutate();
  };

  const allowance = detail.data?.extensionAllowance;
  const next = allowance?.next;
  const duration = (d: { amount: number; unit: string }) => `${d.amount} ${label('durationUnits', d.unit)}`;
  const rows: Array<[string, string]> = [];
  if (detail.data) rows.push([t('inbox.currentDue'), deadline(detail.data.dueAtLocal)]);
  if (allowance) {
    const tier = next?.maxCount != null ? ` (${t('inbox.tierUsed', { used: next.used, max: next.maxCount })})` : '';
    rows.push([t('inbox.used'), `${t('inbox.usedCount', { used: allowance.used, max: allowance.maxCount })}${tier}`]);
  }
  if (next) {
    rows.push([t('inbox.maxPerExtension'), next.maxPerExtension ? duration(next.maxPerExtension) : t('inbox.noMaxPerExtension')]);
    // The latest date THIS extension can reach (the longest single extension, rolled over a day off), not the ceiling.
    rows.push([t('inbox.reach'), deadline(next.latestThisExtensionAtLocal)]);
    rows.push([t('inbox.requestBy'), next.requestByLocal ? deadline(next.requestByLocal) : t('inbox.requestByNone')]);
    rows.push([
      t('inbox.decider'),
      t('inbox.deciderValue', { role: next.approverRoles.map((r) => label('roles', r)).join(', '), agency: agencyName(next.approverAgencyCode) }),
    ]);
    rows.push([t('inbox.basis'), legalBasis(next)]);
  }
  if (allowance?.ceilingAtLocal) rows.push([t('inbox.ceiling'), deadline(allowance.ceilingAtLocal)]);
  const blocked = allowance && (allowance.pending || !next);

  return (
    <Modal
      opened
      closeButtonProps={{ 'aria-label': t('inbox.cancel') }}
      onClose={() => onClose(false)}
      title={t('inbox.extensionTitle', { title })}
      size="lg"
    >
      <Stack>
        {detail.isPending && <Loader size="sm" role="status" aria-label={t('common.loading')} />}
        <Table data-testid="extension-allowance" variant="vertical" layout="fixed" withTableBorder>
          <Table.Caption>{t('inbox.lawAllows')}</Table.Caption>
          <Table.Tbody>
            {rows.map(([name, value], index) => (
              <Table.Tr key={index}>
                <Table.Th w="40%" scope="row">
                  {name}
                </Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {detail.isSuccess && !allowance && <Text size="sm">{t('inbox.allowanceUnknown')}</Text>}
        {allowance?.pending && (
          <Alert color="gray.9" variant="outline" role="status">
            {t('inbox.pendingAlready')}
          </Alert>
        )}
        {allowance && !allowance.pending && !next && (
          <Alert color="gray.9" variant="outline" role="status">
            {t('inbox.notExtendable')}
          </Alert>
        )}
        {!blocked && (
          <form noValidate onSubmit={submit}>
            <Stack>
              <ErrorSummary errors={errors} idPrefix={ID} />
              <Group align="flex-start" grow>
                <NumberInput
                  id={`${ID}-amount`}
                  label={t('inbox.amount')}
                  required
                  min={1}
                  allowDecimal={false}
                  value={amount}
                  onChange={setAmount}
                  error={errorOf('amount')}
                />
                <NativeSelect
                  id={`${ID}-unit`}
                  label={t('inbox.unit')}
                  value={unit}
                  onChange={(event) => setUnit(event.currentTarget.value as 'days' | 'months')}
                  data={[
                    { value: 'days', label: t('inbox.unitDays') },
                    { value: 'months', label: t('inbox.unitMonths') },
                  ]}
                  error={errorOf('unit')}
                />
              </Group>
              <ReasonField idPrefix={ID} value={reason} onChange={setReason} error={errorOf('reason')} />
              <FormActions cancelLabel={t('inbox.cancel')} onCancel={() => onClose(false)} submit={t('inbox.send')} loading={send.isPending} />
            </Stack>
          </form>
        )}
      </Stack>
    </Modal>
  );
}
