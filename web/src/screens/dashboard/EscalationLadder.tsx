import { Alert, Button, Group, List, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type Schemas, unwrap } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { serverFieldErrors } from '../../components/server-field-errors';
import { WorkSubject } from '../../components/WorkSubject';
import { TaskTitle } from '../../components/TaskTitle';
import { formatInstant, formatLocalDateTime } from '../../format/local-date-time';
import { useAgencyName } from '../../session/use-agencies';
import { processKeys } from '../case/query-keys';
import { escalationKeys, statisticsKeys } from './query-keys';

type Escalation = Schemas['EscalationDto'];
const LADDER_STYLE = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fit, minmax(160px, 1fr))',
  gap: 8,
  listStyle: 'none',
  padding: 0,
  margin: 0,
} as const;
const RUNGS = ['REMINDER', 'AGENCY_HEAD', 'STANDING_OFFICE', 'LEADERSHIP'] as const;

interface Props {
  /** Open tasks past the reminder point (Sắp đến hạn): the ladder's first step. */
  atRisk: number;
  /** Unacknowledged escalations on each later step, as GET /statistics counts them. */
  counts: Record<string, number>;
}

/**
 * The escalation ladder (Nhắc việc → Thủ trưởng cơ quan → Cơ quan thường trực → Lãnh đạo tỉnh) as a step indicator
 * with what is open on each step, then each escalated task with who was notified when and who acknowledged.
 */
export function EscalationLadder({ atRisk, counts }: Props) {
  const { t } = useTranslation();
  const open = useQuery({
    queryKey: escalationKeys.open(),
    queryFn: async () => unwrap(await api.GET('/escalations', { params: { query: { state: 'open', limit: 200 } } })),
  });
  // The action column appears when the server offers the reader an acknowledgement on any of these escalations.
  const canAcknowledge = (open.data ?? []).some((escalation) => escalation.allowedActions.includes('ACKNOWLEDGE'));
  const countOn = (rung: (typeof RUNGS)[number]) => (rung === 'REMINDER' ? atRisk : (counts[rung] ?? 0));
  // One row per escalated task, on its highest open step.
  const byTask = new Map<string, Escalation>();
  for (const escalation of open.data ?? []) {
    const seen = byTask.get(escalation.taskId);
    if (!seen || seen.level < escalation.level) byTask.set(escalation.taskId, escalation);
  }
  return (
    <Stack gap="xs" component="section" aria-labelledby="ladder-heading">
      <Title order={2} size="h3" id="ladder-heading">
        {t('statistics.ladder.title')}
      </Title>
      <ol data-testid="escalation-ladder" style={LADDER_STYLE}>
        {RUNGS.map((rung, index) => (
          <li key={rung} data-rung={rung} data-count={countOn(rung)}>
            <Paper withBorder p="xs" h="100%">
              <Text fw={700}>
                {index + 1}. {t(`statistics.ladder.steps.${rung}`)}
              </Text>
              <Text size="sm">
                {t(rung === 'REMINDER' ? 'statistics.ladder.stepCount.REMINDER' : 'statistics.ladder.stepCount.other', { count: countOn(rung) })}
              </Text>
            </Paper>
          </li>
        ))}
      </ol>
      {open.data?.length === 0 && <Text>{t('statistics.ladder.empty')}</Text>}
      {byTask.size > 0 && (
        <Table.ScrollContainer
          minWidth={720}
          scrollAreaProps={{ viewportProps: { tabIndex: 0, role: 'region', 'aria-label': t('statistics.ladder.caption') } }}
        >
          <Table striped data-testid="escalated-tasks">
            <Table.Caption>{t('statistics.ladder.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('statistics.ladder.task')}</Table.Th>
                <Table.Th scope="col">{t('statistics.ladder.agency')}</Table.Th>
                <Table.Th scope="col">{t('statistics.ladder.rungs')}</Table.Th>
                {canAcknowledge && <Table.Th scope="col">{t('statistics.ladder.action')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...byTask.values()].map((escalation) => (
                <EscalatedTask key={escalation.taskId} top={escalation} canAcknowledge={canAcknowledge} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function EscalatedTask({ top, canAcknowledge }: { top: Escalation; canAcknowledge: boolean }) {
  const { t } = useTranslation();
  const agencyName = useAgencyName();
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  // Every rung the task went through, acknowledged or not, from its process (GET /escalations lists only what is open).
  const process = useQuery({
    queryKey: processKeys.one(top.processId),
    queryFn: async () => unwrap(await api.GET('/processes/{processId}', { params: { path: { processId: top.processId } } })),
    staleTime: 30_000,
  });
  const rungs = (process.data?.escalations ?? [top]).filter((escalation) => escalation.taskId === top.taskId).sort((a, b) => a.level - b.level);
  // The highest open rung the server lets this reader acknowledge (its `allowedActions`), by the acknowledgement's rule.
  const acknowledgeable = [...rungs].reverse().find((escalation) => escalation.allowedActions.includes('ACKNOWLEDGE'));
  const acknowledge = useMutation({
    mutationFn: async (id: string) =>
      unwrap(await api.POST('/escalations/{id}/acknowledge', { params: { path: { id } }, body: note.trim() ? { note: note.trim() } : {} })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: escalationKeys.all });
      void queryClient.invalidateQueries({ queryKey: statisticsKeys.all });
      void queryClient.invalidateQueries({ queryKey: processKeys.one(top.processId) });
    },
  });
  const who = (escalation: Escalation) =>
    escalation.target === 'AGENCY_HEAD'
      ? `${t('statistics.ladder.steps.AGENCY_HEAD')} – ${agencyName(escalation.agencyCode)}`
      : t(`statistics.ladder.steps.${escalation.target}`);
  const noteId = `note-${top.taskId}`;
  return (
    <Table.Tr data-task-id={top.taskId}>
      <Table.Td>
        <TaskTitle taskId={top.taskId} />
        <WorkSubject subject={top.subject} />
      </Table.Td>
      <Table.Td>{agencyName(top.agencyCode)}</Table.Td>
      <Table.Td>
        <List size="sm" spacing={2}>
          {rungs.map((escalation) => (
            <List.Item key={escalation.id} data-target={escalation.target} data-acknowledged={String(Boolean(escalation.acknowledgedAt))}>
              {escalation.acknowledgedAt
                ? t('statistics.ladder.rungAcknowledged', {
                    who: who(escalation),
                    at: formatLocalDateTime(escalation.firedAtLocal),
                    ackAt: formatInstant(escalation.acknowledgedAt),
                  })
                : t('statistics.ladder.rungOpen', { who: who(escalation), at: formatLocalDateTime(escalation.firedAtLocal) })}
              {escalation.note ? ` — ${escalation.note}` : ''}
            </List.Item>
          ))}
        </List>
      </Table.Td>
      {canAcknowledge && (
        <Table.Td miw={240}>
          {acknowledge.isSuccess ? (
            <Alert color="green.9" variant="outline" role="status" p="xs">
              {t('statistics.ladder.acknowledged')}
            </Alert>
          ) : (
            acknowledgeable && (
              <Stack gap={4}>
                {acknowledge.error instanceof ApiError && <ErrorSummary errors={serverFieldErrors(acknowledge.error.body)} idPrefix={noteId} />}
                <Textarea
                  id={noteId}
                  label={t('statistics.ladder.note')}
                  size="xs"
                  autosize
                  minRows={1}
                  maxLength={4000}
                  value={note}
                  onChange={(e) => setNote(e.currentTarget.value)}
                />
                <Group>
                  <Button size="xs" loading={acknowledge.isPending} onClick={() => acknowledge.mutate(acknowledgeable.id)}>
                    {t('statistics.ladder.acknowledge')}
                  </Button>
                </Group>
              </Stack>
            )
          )}
          {!acknowledgeable && !acknowledge.isSuccess && <Text size="sm">{t(`statistics.ladder.steps.${top.target}`)}</Text>}
        </Table.Td>
      )}
    </Table.Tr>
  );
}
