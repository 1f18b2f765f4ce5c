import { Alert, Button, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../api/client';
import { DueDateCell } from '../../components/DueDateCell';
import { formatInstant } from '../../format/local-date-time';
import { useAgencyName } from '../../session/use-agencies';
import { useLabels } from '../../session/use-labels';
import { caseTaskActions } from './case-task-actions';
import { pendingExtension } from './extension-view';
import { TaskActions } from './TaskActions';
import { isPaused } from '../inbox/paused';
import { useSteps } from '../../session/use-steps';
import { taskKeys } from '../inbox/query-keys';

type Task = Schemas['TaskDto'];

/**
 * "Việc đang mở": the case's open tasks across its processes, soonest deadline first; a task the server offers the reader
 * something on here (its `allowedActions`) has its "Xử lý" button.
 */
export function OpenTasks({ reference }: { reference: string }) {
  const { t, i18n } = useTranslation();
  const label = useLabels();
  const agencyName = useAgencyName();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const tasks = useQuery({
    queryKey: taskKeys.ofCase(reference),
    queryFn: async () => unwrap(await api.GET('/tasks', { params: { query: { caseReference: reference, state: 'open', limit: 200 } } })),
    select: (list) => [...list].sort((a, b) => a.dueAt.localeCompare(b.dueAt)),
    // Other people's work changes the list too; a light poll keeps it current without re-sorting under the pointer.
    refetchInterval: 5_000,
  });
  const steps = useSteps();
  const stepOf = (task: Task) => steps.data?.find((step) => step.stepType === task.stepType);
  const actionable = (task: Task) => caseTaskActions(task, stepOf(task)).any;
  const anyActionable = Boolean(tasks.data?.some(actionable));
  const selected = tasks.data?.find((task) => task.id === selectedId);
  const title = (task: Task) => (i18n.language === 'en' ? task.titleEn : task.titleVi);
  const state = (task: Task) =>
    [
      label('taskStatuses', task.status),
      isPaused(task) ? t('caseActions.clockStopped') : null,
      pendingExtension(task) ? t('caseActions.extensionPending') : null,
      task.externalPartyCode ? t('caseActions.waitingFor', { party: agencyName(task.externalPartyCode) }) : null,
    ]
      .filter(Boolean)
      .join(' · ');

  return (
    <Stack component="section" aria-labelledby="case-open-tasks">
      <Title order={2} size="h3" id="case-open-tasks">
        {t('caseActions.openTasks')}
      </Title>
      {done && (
        <Alert color="green.9" variant="outline" role="status">
          {done}
        </Alert>
      )}
      <Table.ScrollContainer minWidth={640}>
        <Table striped aria-busy={tasks.isPending} data-testid="case-open-tasks">
          <Table.Caption>{t('caseActions.openTasksCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('caseActions.step')}</Table.Th>
              <Table.Th scope="col">{t('caseActions.agency')}</Table.Th>
              <Table.Th scope="col">{t('inbox.due')}</Table.Th>
              <Table.Th scope="col">{t('caseActions.state')}</Table.Th>
              {anyActionable && <Table.Th scope="col">{t('inbox.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tasks.data?.map((task) => (
              <Table.Tr key={task.id} data-task-id={task.id} data-step-type={task.stepType}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {title(task)}
                  </Text>
                </Table.Td>
                <Table.Td>{agencyName(task.agencyCode)}</Table.Td>
                <Table.Td>
                  {task.suspendedAt ? (
                    <Text size="sm">{t('caseActions.clockStoppedSince', { since: formatInstant(task.suspendedAt) })}</Text>
                  ) : (
                    <DueDateCell task={task} />
                  )}
                </Table.Td>
                <Table.Td>{state(task)}</Table.Td>
                {anyActionable && (
                  <Table.Td>
                    {actionable(task) && (
                      <Button
                        size="xs"
                        variant={selectedId === task.id ? 'filled' : 'default'}
                        aria-expanded={selectedId === task.id}
                        aria-label={`${t('caseActions.act')}: ${title(task)}`}
                        onClick={() => {
                          setDone(null);
                          setSelectedId(selectedId === task.id ? null : task.id);
                        }}
                      >
                        {t('caseActions.act')}
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {tasks.data?.length === 0 && <Text>{t('caseActions.noOpenTasks')}</Text>}
      {selected && actionable(selected) && (
        <TaskActions
          key={selected.id}
          task={selected}
          step={stepOf(selected)}
          onDone={(message) => {
            setSelectedId(null);
            setDone(message);
          }}
          onClose={() => setSelectedId(null)}
        />
      )}
    </Stack>
  );
}
