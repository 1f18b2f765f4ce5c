import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { formatLocalDateTime } from '../format/local-date-time';
import { ChangeChargeForm } from './ChangeChargeForm';
import { CaseActions } from './case/CaseActions';
import { OpenTasks } from './case/OpenTasks';
import { useAgencyName } from '../session/use-agencies';
import { useLabels } from '../session/use-labels';
import { caseKeys } from './case/query-keys';

type Charge = { article: number; clause: number };

const TEMPORAL_WEB = 'http://localhost:8233/namespaces/default/workflows';

/**
 * One case: a summary card with its processes, the open tasks, the coordinator's case actions, then one timeline across
 * them all, newest first. Other readers get the API's redacted view, read-only: what it leaves out is simply absent.
 */
export function CasePageScreen({ reference, coordinator }: { reference: string; coordinator: boolean }) {
  const { t } = useTranslation();
  const label = useLabels();
  const agencyName = useAgencyName();
  const found = useQuery({
    queryKey: caseKeys.one(reference),
    queryFn: async () => unwrap(await api.GET('/cases/{reference}', { params: { path: { reference } } })),
    // Processes start and end in the workflow engine a moment after the request: the page follows them.
    refetchInterval: 5_000,
  });
  const item = found.data;
  const charge = item?.charge as Charge | null | undefined;
  // The API keeps time order; people read the latest first.
  const timeline = [...(item?.timeline ?? [])].reverse();
  const kindOf = new Map((item?.processes ?? []).map((p) => [p.processId, p.kind]));

  return (
    <Stack>
      <Title order={1} size="h2">
        {t('casePage.title', { reference })}
      </Title>
      {found.isError && <Text role="alert">{t('casePage.notFound')}</Text>}
      {item && (
        <Paper withBorder p="md" component="section" aria-labelledby="case-summary">
          <Title order={2} size="h3" id="case-summary" mb="sm">
            {t('casePage.summary')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }} mb="md">
            <div>
              <Text size="sm">{t('casePage.status')}</Text>
              <Text fw={600}>{label('caseStatuses', item.status)}</Text>
            </div>
            <div>
              <Text size="sm">{t('casePage.charge')}</Text>
              <Text fw={600}>{charge ? t('casePage.chargeValue', { article: charge.article, clause: charge.clause }) : t('casePage.noCharge')}</Text>
            </div>
            <div>
              <Text size="sm">{t('casePage.severity')}</Text>
              <Text fw={600}>{item.severity ? label('severities', item.severity) : t('common.none')}</Text>
            </div>
          </SimpleGrid>
          {item.allowedActions.includes('CHANGE_CHARGE') && <ChangeChargeForm key={JSON.stringify(charge)} reference={reference} charge={charge} />}
          <Table.ScrollContainer minWidth={560}>
            <Table data-testid="case-processes">
              <Table.Caption>{t('casePage.processes')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('casePage.process')}</Table.Th>
                  <Table.Th scope="col">{t('casePage.status')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('casePage.overdueTasks')}
                  </Table.Th>
                  <Table.Th scope="col">{t('casePage.person')}</Table.Th>
                  {coordinator && <Table.Th scope="col">{t('casePage.workflow')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {item.processes.map((process) => (
                  <Table.Tr key={process.processId} data-process-kind={process.kind}>
                    <Table.Td>{label('processKinds', process.kind)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {/* A status is read in full: never cut to an ellipsis. */}
                      <Badge variant="outline" color="dark" tt="none" styles={{ root: { overflow: 'visible' }, label: { overflow: 'visible' } }}>
                        {label('processStatuses', process.status)}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right">{process.overdueTasks ?? 0}</Table.Td>
                    <Table.Td>
                      {process.personLabel ?? ''}
                      {process.child ? ` · ${t('casePage.child')}` : ''}
                    </Table.Td>
                    {coordinator && (
                      <Table.Td>
                        <Anchor href={`${TEMPORAL_WEB}/${encodeURIComponent(process.processId)}`} target="_blank" rel="noreferrer">
                          {t('casePage.openWorkflow', { kind: label('processKinds', process.kind) })}
                        </Anchor>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {item.processes.length === 0 && <Text>{t('casePage.noProcess')}</Text>}
        </Paper>
      )}
      {item && <OpenTasks reference={reference} coordinator={coordinator && item.status === 'OPEN'} />}
      {item && coordinator && <CaseActions item={item} />}
      {item && (
        <section aria-labelledby="case-timeline">
          <Title order={2} size="h3" id="case-timeline" mb="sm">
            {t('casePage.timeline')}
          </Title>
          <Timeline bulletSize={12} lineWidth={2} data-testid="case-timeline">
            {timeline.map((event, index) => (
              <Timeline.Item key={`${event.at}-${event.type}-${index}`} data-event-type={event.type} data-at={event.at}>
                <Text fw={600}>{label('timelineEventTypes', event.type)}</Text>
                <Group gap="xs">
                  <Text size="sm">{formatLocalDateTime(event.atLocal)}</Text>
                  <Text size="sm">· {kindOf.has(event.processId) ? label('processKinds', kindOf.get(event.processId)!) : t('casePage.theCase')}</Text>
                  <Text size="sm">· {event.actorId ? t('casePage.byPerson') : t('casePage.bySystem')}</Text>
                  {typeof event.detail?.agencyCode === 'string' && <Text size="sm">· {agencyName(event.detail.agencyCode)}</Text>}
                </Group>
              </Timeline.Item>
            ))}
          </Timeline>
        </section>
      )}
    </Stack>
  );
}
