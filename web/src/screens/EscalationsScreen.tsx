import { Alert, Button, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../api/client';
import { ErrorSummary } from '../components/ErrorSummary';
import { TaskTitle } from '../components/TaskTitle';
import { WorkSubject } from '../components/WorkSubject';
import { serverFieldErrors } from '../components/server-field-errors';
import { formatLocalDateTime } from '../format/local-date-time';
import { useFormatDeadline } from '../format/use-format-deadline';
import { useAgencyName } from '../session/use-agencies';
import { useLabels } from '../session/use-labels';
import { EscalationLadder } from './inbox/EscalationLadder';
import { escalationKeys } from './dashboard/query-keys';

/** The agency head's open escalations: overdue work raised to them, acknowledged once they have taken it in hand. */
export function EscalationsScreen() {
  const { t } = useTranslation();
  const deadline = useFormatDeadline();
  const label = useLabels();
  const agencyName = useAgencyName();
  const queryClient = useQueryClient();
  const escalations = useQuery({
    queryKey: escalationKeys.open(),
    queryFn: async () => unwrap(await api.GET('/escalations', { params: { query: { state: 'open', limit: 200 } } })),
  });
  const acknowledge = useMutation({
    mutationFn: async (id: string) => unwrap(await api.POST('/escalations/{id}/acknowledge', { params: { path: { id } }, body: {} })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: escalationKeys.all }),
  });
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('escalations.title')}
      </Title>
      {acknowledge.error instanceof ApiError && <ErrorSummary errors={serverFieldErrors(acknowledge.error.body)} idPrefix="acknowledge" />}
      {acknowledge.isSuccess && (
        <Alert color="green.9" variant="outline" role="status">
          {t('escalations.acknowledged')}
        </Alert>
      )}
      <Table.ScrollContainer minWidth={640}>
        <Table striped aria-busy={escalations.isPending} data-testid="escalations-table">
          <Table.Caption>{t('escalations.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('escalations.task')}</Table.Th>
              <Table.Th scope="col">{t('escalations.level')}</Table.Th>
              <Table.Th scope="col">{t('escalations.agency')}</Table.Th>
              <Table.Th scope="col">{t('escalations.dueAt')}</Table.Th>
              <Table.Th scope="col">{t('escalations.firedAt')}</Table.Th>
              <Table.Th scope="col">{t('inbox.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {escalations.data?.map((escalation) => (
              <Table.Tr key={escalation.id} data-escalation-id={escalation.id}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    <TaskTitle taskId={escalation.taskId} />
                  </Text>
                  <WorkSubject subject={escalation.subject} />
                </Table.Td>
                <Table.Td>
                  {label('escalationTargets', escalation.target)}
                  <EscalationLadder level={escalation.level} />
                </Table.Td>
                <Table.Td>{agencyName(escalation.agencyCode)}</Table.Td>
                <Table.Td>{deadline(escalation.dueAtLocal)}</Table.Td>
                <Table.Td>{formatLocalDateTime(escalation.firedAtLocal)}</Table.Td>
                <Table.Td>
                  {/* Offered as the server lists it for this escalation: the rule its acknowledgement is checked with. */}
                  {escalation.allowedActions.includes('ACKNOWLEDGE') && (
                    <Button
                      size="xs"
                      loading={acknowledge.isPending && acknowledge.variables === escalation.id}
                      onClick={() => acknowledge.mutate(escalation.id)}
                    >
                      {t('escalations.acknowledge')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {escalations.data?.length === 0 && <Text>{t('escalations.empty')}</Text>}
    </Stack>
  );
}
