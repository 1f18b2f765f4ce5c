import { Grid, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { formatInstant } from '../format/local-date-time';
import { AppLink } from '../components/AppLink';
import { TipReceivedAt } from '../components/TipReceivedAt';
import { ScrollRegion } from '../components/ScrollRegion';
import { caseLink } from '../router/links/case-link';
import { tipLink } from '../router/links/tip-link';
import { TriageCounts } from './lists/TriageCounts';
import { RegisterTipForm } from './RegisterTipForm';
import { caseKeys } from './case/query-keys';
import { tipKeys } from './lists/query-keys';

/** A link to a full list, opened inside the app. */
function ListLink({ to, children }: { to: '/tips' | '/cases'; children: string }) {
  return (
    <AppLink to={to} size="sm">
      {children}
    </AppLink>
  );
}

/** The coordinator's desk: what needs attention first, register a tip, and the latest tips and cases. */
export function DutyDeskScreen() {
  const { t } = useTranslation();
  const tips = useQuery({ queryKey: tipKeys.all, queryFn: async () => unwrap(await api.GET('/tips', { params: { query: { limit: 20 } } })) });
  const cases = useQuery({ queryKey: caseKeys.all, queryFn: async () => unwrap(await api.GET('/cases', { params: { query: { limit: 20 } } })) });
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('dutyDesk.title')}
      </Title>
      <TriageCounts />
      <Grid>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Paper withBorder p="md">
            <RegisterTipForm />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack>
            <Title order={2} size="h3">
              {t('dutyDesk.tips')}
            </Title>
            <ScrollRegion minWidth={480} label={t('dutyDesk.tipsCaption')}>
              <Table striped aria-busy={tips.isPending} data-testid="tips-table">
                <Table.Caption>{t('dutyDesk.tipsCaption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('dutyDesk.reference')}</Table.Th>
                    <Table.Th scope="col">{t('dutyDesk.receivedAt')}</Table.Th>
                    <Table.Th scope="col">{t('dutyDesk.location')}</Table.Th>
                    <Table.Th scope="col">{t('dutyDesk.status')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {tips.data?.map((tip) => (
                    <Table.Tr key={tip.id}>
                      <Table.Td>
                        <AppLink {...tipLink(tip.reference)}>{tip.reference}</AppLink>
                      </Table.Td>
                      <Table.Td>
                        <TipReceivedAt receivedAtLocal={tip.receivedAtLocal} delayHours={tip.registrationDelayHours} />
                      </Table.Td>
                      <Table.Td>{tip.location}</Table.Td>
                      <Table.Td>{t(`enums.tipStatus.${tip.status}`)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollRegion>
            {tips.data?.length === 0 && <Text>{t('dutyDesk.empty')}</Text>}
            <ListLink to="/tips">{t('dutyDesk.allTips')}</ListLink>
            <Title order={2} size="h3">
              {t('dutyDesk.cases')}
            </Title>
            <ScrollRegion minWidth={480} label={t('dutyDesk.casesCaption')}>
              <Table striped aria-busy={cases.isPending} data-testid="cases-table">
                <Table.Caption>{t('dutyDesk.casesCaption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('dutyDesk.reference')}</Table.Th>
                    <Table.Th scope="col">{t('dutyDesk.openedAt')}</Table.Th>
                    <Table.Th scope="col">{t('dutyDesk.status')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('dutyDesk.openTasks')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('dutyDesk.overdueTasks')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {cases.data?.map((item) => (
                    <Table.Tr key={item.caseId}>
                      <Table.Td>
                        <AppLink {...caseLink(item.reference)}>{item.reference}</AppLink>
                      </Table.Td>
                      <Table.Td>{formatInstant(item.openedAt)}</Table.Td>
                      <Table.Td>{t(`enums.caseStatus.${item.status}`, { defaultValue: item.status })}</Table.Td>
                      <Table.Td ta="right">{item.openTasks}</Table.Td>
                      <Table.Td ta="right">{item.overdueTasks}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollRegion>
            {cases.data?.length === 0 && <Text>{t('dutyDesk.empty')}</Text>}
            <ListLink to="/cases">{t('dutyDesk.allCases')}</ListLink>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
