import { Alert, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type Schemas, unwrap } from '../api/client';
import { DueDateCell } from '../components/DueDateCell';
import { ErrorSummary } from '../components/ErrorSummary';
import { CaseLink } from './case/CaseLink';
import { OutcomeForm } from '../components/OutcomeForm';
import type { OutcomeJsonSchema } from '../components/outcome-schema';
import { serverFieldErrors } from '../components/server-field-errors';
import type { Me } from '../session/use-me';

type Task = Schemas['TaskDto'];

/** The officer's inbox: the agency's open tasks by due date, claim and unclaim, and the step's outcome form. */
export function InboxScreen({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [openTaskId, setOpenTaskId] = useState<string | null>(null);
  const tasks = useQuery({
    queryKey: ['tasks', 'open', me.agency.code],
    queryFn: async () => unwrap(await api.GET('/tasks', { params: { query: { state: 'open', agencyCode: me.agency.code, limit: 200 } } })),
    select: (list) => [...list].sort((a, b) => a.dueAt.localeCompare(b.dueAt)),
  });
  const steps = useQuery({ queryKey: ['steps'], queryFn: async () => unwrap(await api.GET('/steps')), staleTime: 10 * 60_000 });
  const invalidate = () => queryClient.invalidateQueries({ queryKey: ['tasks'] });
  const claim = useMutation({
    mutationFn: async ({ task, action }: { task: Task; action: 'claim' | 'unclaim' }) =>
      unwrap(await api.POST(action === 'claim' ? '/tasks/{id}/claim' : '/tasks/{id}/unclaim', { params: { path: { id: task.id } } })),
    onSettled: invalidate,
  });
  const complete = useMutation({
    mutationFn: async ({ task, outcome }: { task: Task; outcome: Record<string, unknown> }) =>
      unwrap(await api.POST('/tasks/{id}/complete', { params: { path: { id: task.id } }, body: { outcome } })),
    onSuccess: () => {
      setOpenTaskId(null);
      void invalidate();
    },
  });

  const openTask = tasks.data?.find((task) => task.id === openTaskId);
  const openStep = steps.data?.find((step) => step.stepType === openTask?.stepType);
  const title = (task: Task) => (i18n.language === 'en' ? task.titleEn : task.titleVi);
  const assignee = (task: Task) =>
    !task.assigneeId ? t('inbox.unassigned') : task.assigneeId === me.userId ? t('inbox.me') : t('inbox.someoneElse');

  return (
    <Stack>
      <Title order={1} size="h2">
        {t('inbox.title')}
      </Title>
      {claim.error instanceof ApiError && <ErrorSummary errors={serverFieldErrors(claim.error.body)} idPrefix="claim" />}
      {complete.isSuccess && !openTask && (
        <Alert color="green.9" variant="outline" role="status">
          {t('inbox.completed')}
        </Alert>
      )}
      <Table.ScrollContainer minWidth={640}>
        <Table striped aria-busy={tasks.isPending} data-testid="inbox-table">
          <Table.Caption>{t('inbox.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('inbox.task')}</Table.Th>
              <Table.Th scope="col">{t('inbox.due')}</Table.Th>
              <Table.Th scope="col">{t('inbox.assignee')}</Table.Th>
              <Table.Th scope="col">{t('inbox.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tasks.data?.map((task) => (
              <Table.Tr key={task.id} data-step-type={task.stepType}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {title(task)}
                  </Text>
                  <Text size="xs">{t('inbox.legalBasis', { basis: task.legalBasis })}</Text> <CaseLink caseId={task.caseId} />
                </Table.Td>
                <Table.Td>
                  <DueDateCell dueAt={task.dueAt} dueAtLocal={task.dueAtLocal} startsAt={task.startsAt} overdue={task.overdue} />
                </Table.Td>
                <Table.Td>{assignee(task)}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    {!task.assigneeId && (
                      <Button size="xs" onClick={() => claim.mutate({ task, action: 'claim' })}>
                        {t('inbox.claim')}
                      </Button>
                    )}
                    {task.assigneeId === me.userId && (
                      <>
                        <Button size="xs" variant="default" onClick={() => claim.mutate({ task, action: 'unclaim' })}>
                          {t('inbox.unclaim')}
                        </Button>
                        <Button
                          size="xs"
                          onClick={() => {
                            complete.reset();
                            setOpenTaskId(task.id);
                          }}
                        >
                          {t('inbox.complete')}
                        </Button>
                      </>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {tasks.data?.length === 0 && <Text>{t('inbox.empty')}</Text>}
      {openTask && openStep && (
        <Paper withBorder p="md" component="section" aria-labelledby="outcome-title">
          <Title order={2} size="h3" id="outcome-title" mb="sm">
            {t('inbox.completeTitle', { title: title(openTask) })}
          </Title>
          <OutcomeForm
            key={openTask.id}
            idPrefix="outcome"
            schema={openStep.outcomeSchema as unknown as OutcomeJsonSchema}
            serverErrors={complete.error instanceof ApiError ? serverFieldErrors(complete.error.body, 'outcome') : []}
            submitting={complete.isPending}
            onSubmit={(outcome) => complete.mutate({ task: openTask, outcome })}
            onCancel={() => setOpenTaskId(null)}
          />
        </Paper>
      )}
    </Stack>
  );
}
