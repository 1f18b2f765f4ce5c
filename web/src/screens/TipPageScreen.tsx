import { Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../api/client';
import { AppLink } from '../components/AppLink';
import { DueDateCell } from '../components/DueDateCell';
import { formatInstant, formatLocalDateTime } from '../format/local-date-time';
import { caseLink } from '../router/links/case-link';
import { useAgencyName } from '../session/use-agencies';
import { useLabels } from '../session/use-labels';
import { tipKeys } from './lists/query-keys';

/**
 * One tip (/tip/<reference>) for those the server lets read it, the coordinators and the agencies verifying it: what
 * was reported, by which channel, where, when it was received and registered, who holds it now (the open tasks of its
 * verification) and its timeline, newest first. Never the tipster: that stays behind its own audited route.
 */
export function TipPageScreen({ reference }: { reference: string }) {
  const { t, i18n } = useTranslation();
  const label = useLabels();
  const agencyName = useAgencyName();
  const tip = useQuery({
    queryKey: tipKeys.one(reference),
    queryFn: async () => unwrap(await api.GET('/tips/{reference}', { params: { path: { reference } } })),
    retry: false,
  });
  const process = useQuery({
    queryKey: tipKeys.process(reference, tip.data?.processId),
    queryFn: async () => unwrap(await api.GET('/processes/{processId}', { params: { path: { processId: tip.data!.processId } } })),
    enabled: Boolean(tip.data?.processId),
    retry: false,
  });
  const item = tip.data;
  const refused = tip.error instanceof ApiError && tip.error.body.statusCode === 403;
  const openTasks = (process.data?.tasks ?? []).filter((task) => task.status === 'OPEN' || task.status === 'CLAIMED');
  const timeline = [...(process.data?.timeline ?? [])].reverse();
  const title = (task: { titleVi: string; titleEn: string }) => (i18n.language === 'en' ? task.titleEn : task.titleVi);
  const facts: Array<[string, string]> = item
    ? [
        [t('tipPage.status'), label('tipStatuses', item.status)],
        [t('tipPage.channel'), label('tipChannels', item.channel)],
        [t('tipPage.urgency'), label('tipUrgencies', item.urgency)],
        [t('tipPage.place'), item.location],
        [t('tipPage.receivedAt'), formatLocalDateTime(item.receivedAtLocal)],
        [t('tipPage.registeredAt'), formatInstant(item.createdAt)],
        [t('tipPage.investigatingAgency'), agencyName(item.investigatingAgencyCode)],
      ]
    : [];

  return (
    <Stack>
      <Title order={1} size="h2">
        {t('tipPage.title', { reference })}
      </Title>
      {tip.isError && <Text role="alert">{refused ? t('tipPage.refused') : t('tipPage.notFound')}</Text>}
      {item && (
        <Paper withBorder p="md" component="section" aria-labelledby="tip-content" data-testid="tip-page">
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h3" id="tip-content">
              {t('tipPage.content')}
            </Title>
            {item.victimInDanger && (
              <Badge color="red.9" radius="sm" tt="none">
                {t('tipPage.victimInDanger')}
              </Badge>
            )}
          </Group>
          <Text mb="md" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="tip-summary">
            {item.summary}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {facts.map(([name, value]) => (
              <div key={name}>
                <Text size="sm">{name}</Text>
                <Text fw={600}>{value}</Text>
              </div>
            ))}
            <div>
              <Text size="sm">{t('tipPage.case')}</Text>
              {item.caseReference ? (
                <AppLink fw={600} {...caseLink(item.caseReference)}>
                  {item.caseReference}
                </AppLink>
              ) : (
                <Text fw={600}>{t('tipPage.noCase')}</Text>
              )}
            </div>
          </SimpleGrid>
        </Paper>
      )}
      {item && (
        <section aria-labelledby="tip-holders">
          <Title order={2} size="h3" id="tip-holders" mb="sm">
            {t('tipPage.holders')}
          </Title>
          {openTasks.length === 0 ? (
            <Text>{process.isPending ? t('common.loading') : t('tipPage.noOpenTask')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={560}>
              <Table striped data-testid="tip-holders">
                <Table.Caption>{t('tipPage.holdersCaption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('inbox.task')}</Table.Th>
                    <Table.Th scope="col">{t('inbox.agency')}</Table.Th>
                    <Table.Th scope="col">{t('inbox.due')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {openTasks.map((task) => (
                    <Table.Tr key={task.id}>
                      <Table.Td>{title(task)}</Table.Td>
                      <Table.Td>{agencyName(task.agencyCode)}</Table.Td>
                      <Table.Td>
                        <DueDateCell task={task} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </section>
      )}
      {item && timeline.length > 0 && (
        <section aria-labelledby="tip-timeline">
          <Title order={2} size="h3" id="tip-timeline" mb="sm">
            {t('tipPage.timeline')}
          </Title>
          <Timeline bulletSize={12} lineWidth={2} data-testid="tip-timeline">
            {timeline.map((event, index) => (
              <Timeline.Item key={`${event.at}-${event.type}-${index}`} data-event-type={event.type}>
                <Text fw={600}>{label('timelineEventTypes', event.type)}</Text>
                <Group gap="xs">
                  <Text size="sm">{formatLocalDateTime(event.atLocal)}</Text>
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
