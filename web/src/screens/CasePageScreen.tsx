import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../api/client';
import { useRouter } from '@tanstack/react-router';
import { casePrintLink } from '../router/links/case-print-link';
import { useLabels } from '../session/use-labels';
import { useMe } from '../session/use-me';
import { ChangeChargeForm } from './ChangeChargeForm';
import { CaseActions } from './case/CaseActions';
import { CaseOutcomes } from './case/CaseOutcomes';
import { CaseTips } from './case/CaseTips';
import { OpenTasks } from './case/OpenTasks';
import { useTimelineEntries } from './case/use-timeline-entries';
import { caseKeys } from './case/query-keys';

type Charge = { article: number; clause: number };

const TEMPORAL_WEB = 'http://localhost:8233/namespaces/default/workflows';
/** The case actions panel's forms: it shows when the server offers the reader any of them on this case. */
const CASE_ACTIONS_PANEL: ReadonlyArray<Schemas['CaseDto']['allowedActions'][number]> = ['START_PROCESS', 'CANCEL_PROCESS', 'CLOSE'];

/**
 * One case: a summary card with its processes, the tips that led to it, the open tasks, what each process recorded,
 * the case actions the server offers the reader, then one timeline across them all, newest first, each entry with its step, agency and
 * person. What a reader may do comes from the case's and its tasks' `allowedActions`; what the API leaves out of its
 * redacted view is simply absent. "In hồ sơ" opens
 * the printable document (/case/<reference>/print).
 */
export function CasePageScreen({ reference }: { reference: string }) {
  const { t } = useTranslation();
  const router = useRouter();
  const label = useLabels();
  // The engine's own view of a process is for those the server lets read every process in full (`GET /me` permissions).
  const inspectsWorkflows = useMe().data?.permissions.includes('processes:read') ?? false;
  const found = useQuery({
    queryKey: caseKeys.one(reference),
    queryFn: async () => unwrap(await api.GET('/cases/{reference}', { params: { path: { reference } } })),
    // Processes start and end in the workflow engine a moment after the request: the page follows them.
    refetchInterval: 5_000,
  });
  const item = found.data;
  const actionsOffered = Boolean(item && CASE_ACTIONS_PANEL.some((action) => item.allowedActions.includes(action)));
  // Once offered, the panel stays for this visit: closing the case ends every action, and the panel says it is done.
  const [actionsWereOffered, setActionsWereOffered] = useState(false);
  if (actionsOffered && !actionsWereOffered) setActionsWereOffered(true);
  const charge = item?.charge as Charge | null | undefined;
  // The API keeps time order; people read the latest first.
  const timeline = [...useTimelineEntries(item)].reverse();

  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={1} size="h2">
          {t('casePage.title', { reference })}
        </Title>
        {item && (
          <Button
            component="a"
            variant="outline"
            // A new tab of its own: a plain link to the print route's address.
            href={router.buildLocation(casePrintLink(reference)).href}
            target="_blank"
            rel="noopener"
            aria-label={`${t('casePage.print')} (${t('casePage.printOpens')})`}
          >
            {t('casePage.print')}
          </Button>
        )}
      </Group>
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
                  {inspectsWorkflows && <Table.Th scope="col">{t('casePage.workflow')}</Table.Th>}
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
                    {inspectsWorkflows && (
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
      {item && <CaseTips tips={item.tips ?? []} links />}
      {item && <OpenTasks reference={reference} />}
      {item && <CaseOutcomes item={item} title={t('casePage.records')} withState={false} />}
      {item && (actionsOffered || actionsWereOffered) && <CaseActions item={item} />}
      {item && (
        <section aria-labelledby="case-timeline">
          <Title order={2} size="h3" id="case-timeline" mb="sm">
            {t('casePage.timeline')}
          </Title>
          <Timeline bulletSize={12} lineWidth={2} data-testid="case-timeline">
            {timeline.map(({ event, what, at, process, step, agency, person }, index) => (
              <Timeline.Item
                key={`${event.at}-${event.type}-${index}`}
                data-event-type={event.type}
                data-at={event.at}
                data-step-type={event.stepType}
              >
                <Text fw={600}>
                  {what}
                  {step ? `: ${step}` : ''}
                </Text>
                <Group gap="xs">
                  <Text size="sm">{at}</Text>
                  <Text size="sm">· {process}</Text>
                  {agency && <Text size="sm">· {agency}</Text>}
                  <Text size="sm">· {person}</Text>
                </Group>
              </Timeline.Item>
            ))}
          </Timeline>
        </section>
      )}
    </Stack>
  );
}
