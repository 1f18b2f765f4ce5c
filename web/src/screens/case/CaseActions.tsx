import { Alert, Button, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../api/client';
import { useLabels } from '../../session/use-labels';
import { ReasonForm } from './ReasonForm';
import { StartProcessForm } from './StartProcessForm';
import { taskKeys } from '../inbox/query-keys';
import { caseKeys } from './query-keys';

type Case = Schemas['CaseDto'];

/** The coordinator's case actions: start a process, cancel one with a reason, close the case once nothing runs. */
export function CaseActions({ item }: { item: Case }) {
  const { t } = useTranslation();
  const label = useLabels();
  const queryClient = useQueryClient();
  const running = item.processes.filter((process) => process.status === 'RUNNING');
  // Each form is offered as the server lists it in the case's `allowedActions`.
  const may = (action: Case['allowedActions'][number]) => item.allowedActions.includes(action);
  const [processId, setProcessId] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const invalidate = () => {
    void queryClient.invalidateQueries({ queryKey: caseKeys.all });
    void queryClient.invalidateQueries({ queryKey: taskKeys.all });
  };
  const cancel = useMutation({
    mutationFn: async ({ id, reason }: { id: string; reason: string }) =>
      unwrap(
        await api.POST('/cases/{reference}/processes/{processId}/cancel', {
          params: { path: { reference: item.reference, processId: id } },
          body: { reason },
        }),
      ),
    onSuccess: (process) => {
      setProcessId(null);
      setMessage(t('caseActions.processCancelled', { kind: label('processKinds', process.kind) }));
      invalidate();
    },
  });
  const close = useMutation({
    mutationFn: async (reason: string) =>
      unwrap(await api.POST('/cases/{reference}/close', { params: { path: { reference: item.reference } }, body: { reason } })),
    onSuccess: (closed) => {
      queryClient.setQueryData(caseKeys.one(item.reference), closed);
      setMessage(t('caseActions.caseClosed'));
      invalidate();
    },
  });
  const processName = (process: Case['processes'][number], index: number) =>
    `${index + 1}. ${label('processKinds', process.kind)}${process.personLabel ? ` (${process.personLabel})` : ''}`;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="case-actions">
      <Stack>
        <Title order={2} size="h3" id="case-actions">
          {t('caseActions.title')}
        </Title>
        {message && (
          <Alert color="green.9" variant="outline" role="status">
            {message}
          </Alert>
        )}
        {may('START_PROCESS') && <StartProcessForm reference={item.reference} chargeSet={Boolean(item.charge)} />}
        {may('CANCEL_PROCESS') && (
          <section aria-labelledby="cancel-process-title">
            <Title order={3} size="h4" id="cancel-process-title" mb="xs">
              {t('caseActions.cancelProcess')}
            </Title>
            <ReasonForm
              key={`cancel-${running.length}`}
              idPrefix="cancel-process"
              label={t('caseActions.cancelProcessReason')}
              submitLabel={t('caseActions.cancelProcess')}
              danger
              pending={cancel.isPending}
              error={cancel.error}
              check={() => (processId ? [] : [{ field: 'processId', message: `${t('caseActions.process')}: ${t('validation.required')}` }])}
              onSubmit={(reason) => processId && cancel.mutate({ id: processId, reason })}
            >
              {(errorOf) => (
                <Select
                  id="cancel-process-processId"
                  label={t('caseActions.process')}
                  required
                  data={item.processes
                    .map((process, index) => ({
                      value: process.processId,
                      label: processName(process, index),
                      running: process.status === 'RUNNING',
                    }))
                    .filter((option) => option.running)
                    .map(({ value, label: name }) => ({ value, label: name }))}
                  value={processId}
                  error={errorOf('processId')}
                  onChange={setProcessId}
                />
              )}
            </ReasonForm>
          </section>
        )}
        {/* Closing waits for the running processes: the section says so while the case is still directed here. */}
        {(may('CLOSE') || may('START_PROCESS')) && (
          <section aria-labelledby="close-case-title">
            <Title order={3} size="h4" id="close-case-title" mb="xs">
              {t('caseActions.closeCase')}
            </Title>
            {!may('CLOSE') ? (
              <Stack gap="xs" align="flex-start">
                <Text size="sm" id="close-case-blocked" data-testid="close-case-blocked">
                  {t('caseActions.closeBlocked', { count: running.length })}
                </Text>
                <Button disabled aria-describedby="close-case-blocked">
                  {t('caseActions.closeCase')}
                </Button>
              </Stack>
            ) : (
              <ReasonForm
                idPrefix="close-case"
                label={t('caseActions.closeReason')}
                submitLabel={t('caseActions.closeCase')}
                danger
                pending={close.isPending}
                error={close.error}
                onSubmit={(reason) => close.mutate(reason)}
              />
            )}
          </section>
        )}
      </Stack>
    </Paper>
  );
}
