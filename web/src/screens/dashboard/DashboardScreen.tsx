import { Button, Group, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatInstant } from '../../format/local-date-time';
import { FigureTable } from './FigureTable';
import { openWorkBy } from './open-work-by';
import { PERIOD_KINDS, statisticsPeriod, type PeriodKind } from './statistics-period';

const days = (value: number | null) => (value === null ? '—' : value.toLocaleString('vi-VN', { maximumFractionDigits: 1 }));

/** Leadership's view: deadlines and escalations by agency now, and the period's figures for the ministries' reports. */
export function DashboardScreen() {
  const { t, i18n } = useTranslation();
  const [kind, setKind] = useState<PeriodKind>('month');
  const period = statisticsPeriod(kind);
  const figures = useQuery({
    queryKey: ['statistics', period],
    queryFn: async () => unwrap(await api.GET('/statistics', { params: { query: period } })),
  });
  const openTasks = useQuery({
    queryKey: ['tasks', 'open'],
    queryFn: async () => unwrap(await api.GET('/tasks', { params: { query: { state: 'open' } } })),
  });
  const agencies = useQuery({ queryKey: ['agencies'], queryFn: async () => unwrap(await api.GET('/agencies')) });
  const agencyName = (code: string) => {
    const agency = agencies.data?.find((item) => item.code === code);
    return agency ? (i18n.language === 'en' ? agency.nameEn : agency.nameVi) : code;
  };
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const exportQuery = new URLSearchParams({ ...period, lang }).toString();
  const data = figures.data;
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('dashboard.title')}
      </Title>
      <Group justify="space-between" align="end">
        <Stack gap={4}>
          <Text id="period-label" fw={500}>
            {t('dashboard.period')}
          </Text>
          <SegmentedControl
            aria-labelledby="period-label"
            value={kind}
            onChange={(value) => setKind(value as PeriodKind)}
            data={PERIOD_KINDS.map((value) => ({ value, label: t(`dashboard.periods.${value}`) }))}
          />
        </Stack>
        <Group gap="xs">
          <Button component="a" href={`/statistics/export.xlsx?${exportQuery}`} download variant="default">
            {t('dashboard.exportXlsx')}
          </Button>
          <Button component="a" href={`/statistics/export.csv?${exportQuery}`} download variant="default">
            {t('dashboard.exportCsv')}
          </Button>
        </Group>
      </Group>
      {figures.isPending && <Text>{t('common.loading')}</Text>}
      {figures.isError && <Text role="alert">{t('common.unexpectedError')}</Text>}
      {data && (
        <Stack aria-live="polite">
          <Text size="sm" c="dimmed">
            {t('dashboard.asOf', { at: formatInstant(data.computedAt), from: formatInstant(data.from), to: formatInstant(data.to) })}
          </Text>
          {openTasks.data && (
            <>
              <Title order={2} size="h3">
                {t('dashboard.openWork')}
              </Title>
              <SimpleGrid cols={{ base: 1, lg: 2 }}>
                {(['processType', 'agencyCode'] as const).map((group) => (
                  <FigureTable
                    key={group}
                    testId={`open-work-by-${group}`}
                    caption={t(`dashboard.openWorkCaption.${group}`)}
                    rowHeader={t(`dashboard.openWorkGroup.${group}`)}
                    columns={[t('due.tagOverdue'), t('due.tagAtRisk'), t('due.tagOnTime')]}
                    rows={openWorkBy(openTasks.data, (task) => task[group]).map((row) => ({
                      key: row.key,
                      label: group === 'agencyCode' ? agencyName(row.key) : t(`dashboard.processTypes.${row.key}`, { defaultValue: row.key }),
                      values: [row.overdue, row.atRisk, row.onTime],
                    }))}
                    bar
                  />
                ))}
              </SimpleGrid>
            </>
          )}
          <Title order={2} size="h3">
            {t('dashboard.deadlines')}
          </Title>
          <FigureTable
            testId="deadlines-by-agency"
            caption={t('dashboard.deadlinesCaption')}
            rowHeader={t('dashboard.agency')}
            columns={[t('dashboard.openOverdue'), t('dashboard.openInTime'), t('dashboard.closedOnTime'), t('dashboard.closedLate')]}
            rows={data.deadlinesByAgency.map((row) => ({
              key: row.agencyCode,
              label: agencyName(row.agencyCode),
              values: [row.openOverdue, row.openInTime, row.closedOnTime, row.closedLate],
            }))}
            bar
          />
          <Title order={2} size="h3">
            {t('dashboard.escalations')}
          </Title>
          {data.openEscalations.length === 0 ? (
            <Text>{t('dashboard.noEscalations')}</Text>
          ) : (
            <FigureTable
              testId="open-escalations"
              caption={t('dashboard.escalationsCaption')}
              rowHeader={t('dashboard.escalationRow')}
              columns={[t('dashboard.count')]}
              rows={data.openEscalations.map((row) => ({
                key: `${row.level}-${row.target}-${row.agencyCode}`,
                label: t('dashboard.escalationLabel', {
                  level: row.level,
                  target: t(`dashboard.targets.${row.target}`, { defaultValue: row.target }),
                  agency: agencyName(row.agencyCode),
                }),
                values: [row.count],
              }))}
              bar
            />
          )}
          <Title order={2} size="h3">
            {t('dashboard.periodFigures')}
          </Title>
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <FigureTable
              testId="tip-figures"
              caption={t('dashboard.tipsCaption')}
              rowHeader={t('dashboard.figure')}
              columns={[t('dashboard.count')]}
              rows={(['received', 'resolved', 'resolvedOnTime', 'resolvedLate', 'confirmed', 'unfounded'] as const).map((key) => ({
                key,
                label: t(`dashboard.tips.${key}`),
                values: [data.tips[key]],
              }))}
              bar
            />
            <FigureTable
              testId="outcome-figures"
              caption={t('dashboard.outcomesCaption')}
              rowHeader={t('dashboard.figure')}
              columns={[t('dashboard.count')]}
              rows={[
                { key: 'identified', label: t('dashboard.victimsIdentified'), values: [data.victims.identified] },
                ...data.victims.supported.map((row) => ({
                  key: `supported-${row.kind}`,
                  label: t('dashboard.supported', { kind: t(`dashboard.supportKinds.${row.kind}`, { defaultValue: row.kind }) }),
                  values: [row.count],
                })),
                { key: 'rescues', label: t('dashboard.rescues'), values: [data.rescues.carriedOut] },
                { key: 'personsRescued', label: t('dashboard.personsRescued'), values: [data.rescues.personsRescued] },
                { key: 'casesProsecuted', label: t('dashboard.casesProsecuted'), values: [data.prosecution.casesProsecuted] },
                { key: 'casesTried', label: t('dashboard.casesTried'), values: [data.prosecution.casesTried] },
                { key: 'convicted', label: t('dashboard.convicted'), values: [data.prosecution.convicted] },
              ]}
            />
          </SimpleGrid>
          <FigureTable
            testId="durations"
            caption={t('dashboard.durationsCaption')}
            rowHeader={t('dashboard.duration')}
            columns={[t('dashboard.count')]}
            rows={(['toVerify', 'toRescue', 'toRepatriate', 'toIndictment'] as const).map((key) => ({
              key,
              label: t(`dashboard.durations.${key}`, {
                median: days(data.durations[key].medianDays),
                p90: days(data.durations[key].p90Days),
              }),
              values: [data.durations[key].count],
            }))}
          />
        </Stack>
      )}
    </Stack>
  );
}
