import { Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { useAgencies } from '../../session/use-agencies';
import { formatInstant, provinceToday } from '../../format/local-date-time';
import { ChartPanel } from './ChartPanel';
import { byAgencyOption, complianceOption, durationsOption, monthLabel } from './chart-options';
import { drillDown } from './drill-down';
import { EscalationLadder } from './EscalationLadder';
import { ExportDialog } from './ExportDialog';
import { FigureTable } from './FigureTable';
import { KpiTiles } from './KpiTiles';
import { PeriodPicker, type PeriodChoice } from './PeriodPicker';
import { customPeriod, monthsSpanned, statisticsPeriod } from './statistics-period';
import { taskKeys } from '../inbox/query-keys';
import { statisticsKeys } from './query-keys';

const DURATIONS = ['toVerify', 'toRescue', 'toRepatriate', 'toIndictment'] as const;
/** The columns of open work by process and by agency: each a due state, its count and its list. */
const DUE_COLUMNS = [
  { key: 'overdue', state: 'OVERDUE', label: 'due.tagOverdue' },
  { key: 'atRisk', state: 'AT_RISK', label: 'due.tagAtRisk' },
  { key: 'onTime', state: 'ON_TIME', label: 'due.tagOnTime' },
  { key: 'paused', state: 'PAUSED', label: 'due.tagPaused' },
] as const;
/** Open work in all, each figure with the list it counts. */
const OPEN_WORK_FIGURES = [
  { key: 'open', query: { state: 'open' } },
  { key: 'overdue', query: { dueState: 'OVERDUE' } },
  { key: 'atRisk', query: { dueState: 'AT_RISK' } },
  { key: 'onTime', query: { dueState: 'ON_TIME' } },
  { key: 'paused', query: { dueState: 'PAUSED' } },
  { key: 'escalated', query: { escalated: true } },
] as const;
const days = (value: number | null) => (value === null ? '—' : value.toLocaleString('vi-VN', { maximumFractionDigits: 1 }));

/** Leadership's view: programme targets, the escalation ladder, deadlines by agency now, and the period's figures and trends. */
export function DashboardScreen() {
  const { t, i18n } = useTranslation();
  const [kind, setKind] = useState<PeriodChoice>('month');
  const [firstDay, setFirstDay] = useState<string | null>(() => `${provinceToday().slice(0, 8)}01`);
  const [lastDay, setLastDay] = useState<string | null>(() => provinceToday());
  const [agencyCode, setAgencyCode] = useState<string | null>(null);
  const [exporting, setExporting] = useState<'xlsx' | 'csv' | null>(null);
  const custom = kind === 'custom' ? customPeriod(firstDay, lastDay) : null;
  const period = kind === 'custom' ? custom : statisticsPeriod(kind);
  const query = period ? { ...period, ...(agencyCode ? { agencyCode } : {}) } : null;
  const withSeries = period !== null && monthsSpanned(period) <= 36;
  const figures = useQuery({
    queryKey: statisticsKeys.figures(query, withSeries),
    queryFn: async () => unwrap(await api.GET('/statistics', { params: { query: { ...query!, ...(withSeries ? { by: 'month' as const } : {}) } } })),
    enabled: query !== null,
  });
  // Open work as the server counts it over every row (GET /tasks/summary), never a page counted here.
  const openWork = useQuery({
    queryKey: taskKeys.summary(agencyCode),
    queryFn: async () => unwrap(await api.GET('/tasks/summary', { params: { query: agencyCode ? { agencyCode } : {} } })),
  });
  const { agencies, name: agencyName } = useAgencies();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const exportQuery = query ? new URLSearchParams({ ...query, lang }).toString() : '';
  const data = figures.data;
  const source = data ? t('statistics.source', { at: formatInstant(data.computedAt) }) : '';
  const summary = openWork.data;
  const byAgency = summary?.byAgency ?? [];
  const atRisk = summary?.all.atRisk ?? 0;
  const openSource = summary ? t('statistics.source', { at: formatInstant(summary.computedAt) }) : '';
  const tipsOfPeriod = period ? drillDown.tips({ receivedFrom: period.from, receivedTo: period.to }) : drillDown.tips({});

  const series = data?.series;
  const charts = useMemo(() => {
    if (!series) return null;
    const months = series.map((month) => month.month);
    return {
      compliance: complianceOption(
        months,
        series.map((month) => month.closedOnTime),
        series.map((month) => month.closedLate),
        series.map((month) => month.compliancePercent),
        { onTime: t('statistics.compliance.onTime'), late: t('statistics.compliance.late'), percent: t('statistics.compliance.percent') },
      ),
      durations: durationsOption(
        months,
        DURATIONS.map((key) => ({ name: t(`statistics.durations.${key}`), data: series.map((month) => month.durations[key].medianDays) })),
      ),
    };
    // The language is in `t`: the charts are drawn again in the other language.
  }, [series, t]);
  const agencyChart = useMemo(
    () =>
      byAgencyOption(
        byAgency.map((row) => agencyName(row.key)),
        byAgency.map((row) => row.overdue),
        byAgency.map((row) => row.atRisk),
        { overdue: t('due.tagOverdue'), atRisk: t('due.tagAtRisk') },
      ),
    // byAgency and agencyName are derived afresh each render from these two answers: they change only with them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [summary, agencies.data, t],
  );

  return (
    <Stack>
      <Title order={1} size="h2">
        {t('dashboard.title')}
      </Title>
      <Group justify="space-between" align="end">
        <PeriodPicker
          kind={kind}
          onKind={setKind}
          firstDay={firstDay}
          lastDay={lastDay}
          onFirstDay={setFirstDay}
          onLastDay={setLastDay}
          invalid={kind === 'custom' && firstDay !== null && lastDay !== null && custom === null}
          agencyCode={agencyCode}
          agencyCodes={(agencies.data ?? []).map((agency) => agency.code)}
          onAgency={setAgencyCode}
        />
        {query && (
          <Group gap="xs">
            <Button onClick={() => setExporting('xlsx')} variant="default">
              {t('dashboard.exportXlsx')}
            </Button>
            <Button onClick={() => setExporting('csv')} variant="default">
              {t('dashboard.exportCsv')}
            </Button>
            <ExportDialog format={exporting} query={exportQuery} onClose={() => setExporting(null)} />
          </Group>
        )}
      </Group>
      {figures.isLoading && <Text>{t('common.loading')}</Text>}
      {figures.isError && <Text role="alert">{t('common.unexpectedError')}</Text>}
      {data && period && (
        <Stack aria-live="polite">
          <Text size="sm" c="dimmed" data-testid="period-as-of">
            {t('dashboard.asOf', { at: formatInstant(data.computedAt), from: formatInstant(data.from), to: formatInstant(data.to) })}
          </Text>
          <KpiTiles
            kpis={data.kpis}
            source={t('statistics.kpiSource', { at: formatInstant(data.computedAt) })}
            linkOf={(key) =>
              key === 'tipsReceived' || key === 'tipsResolved'
                ? tipsOfPeriod
                : key === 'deadlineCompliance'
                  ? drillDown.tasks({ state: 'closed', agencyCode: agencyCode ?? undefined })
                  : drillDown.cases({ agencyCode: agencyCode ?? undefined })
            }
          />
          <EscalationLadder
            atRisk={atRisk}
            counts={Object.fromEntries(
              (['AGENCY_HEAD', 'STANDING_OFFICE', 'LEADERSHIP'] as const).map((target) => [
                target,
                data.openEscalations.filter((row) => row.target === target).reduce((sum, row) => sum + row.count, 0),
              ]),
            )}
          />
          {summary && (
            <>
              <Title order={2} size="h3">
                {t('dashboard.openWork')}
              </Title>
              <FigureTable
                testId="open-work-totals"
                caption={t('dashboard.openWorkTotalsCaption')}
                rowHeader={t('dashboard.figure')}
                columns={[t('dashboard.count')]}
                rows={OPEN_WORK_FIGURES.map(({ key, query }) => ({
                  key,
                  label: t(`dashboard.openWorkTotals.${key}`),
                  values: [summary.all[key]],
                  links: [drillDown.tasks({ ...query, agencyCode: agencyCode ?? undefined })],
                }))}
                source={openSource}
              />
              <SimpleGrid cols={{ base: 1, lg: 2 }}>
                {(['processType', 'agencyCode'] as const).map((group) => (
                  <FigureTable
                    key={group}
                    testId={`open-work-by-${group}`}
                    caption={t(`dashboard.openWorkCaption.${group}`)}
                    rowHeader={t(`dashboard.openWorkGroup.${group}`)}
                    columns={DUE_COLUMNS.map((column) => t(column.label))}
                    rows={(group === 'agencyCode' ? summary.byAgency : summary.byProcess).map((row) => {
                      const scope = group === 'agencyCode' ? { agencyCode: row.key } : { processKind: row.key, agencyCode: agencyCode ?? undefined };
                      return {
                        key: row.key,
                        label: group === 'agencyCode' ? agencyName(row.key) : t(`dashboard.processTypes.${row.key}`, { defaultValue: row.key }),
                        values: DUE_COLUMNS.map((column) => row[column.key]),
                        links: DUE_COLUMNS.map((column) => drillDown.tasks({ ...scope, dueState: column.state })),
                      };
                    })}
                    source={openSource}
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
              links: [
                drillDown.tasks({ agencyCode: row.agencyCode, overdue: true }),
                drillDown.tasks({ agencyCode: row.agencyCode, overdue: false }),
                drillDown.tasks({ agencyCode: row.agencyCode, state: 'closed' }),
                drillDown.tasks({ agencyCode: row.agencyCode, state: 'closed' }),
              ],
            }))}
            source={source}
            bar
          />
          <Title order={2} size="h3">
            {t('statistics.charts')}
          </Title>
          <ChartPanel
            title={t('statistics.byAgency.title')}
            testId="chart-by-agency"
            option={agencyChart}
            table={
              <FigureTable
                testId="chart-by-agency-table"
                caption={t('statistics.byAgency.caption')}
                rowHeader={t('dashboard.agency')}
                columns={[t('due.tagOverdue'), t('due.tagAtRisk')]}
                rows={byAgency.map((row) => ({
                  key: row.key,
                  label: agencyName(row.key),
                  values: [row.overdue, row.atRisk],
                  links: [
                    drillDown.tasks({ agencyCode: row.key, dueState: 'OVERDUE' }),
                    drillDown.tasks({ agencyCode: row.key, dueState: 'AT_RISK' }),
                  ],
                }))}
                source={openSource}
              />
            }
          />
          {series && charts ? (
            <SimpleGrid cols={{ base: 1, lg: 2 }}>
              <ChartPanel
                title={t('statistics.compliance.title')}
                testId="chart-compliance"
                option={charts.compliance}
                table={
                  <FigureTable
                    testId="chart-compliance-table"
                    caption={t('statistics.compliance.caption')}
                    rowHeader={t('statistics.month')}
                    columns={[t('statistics.compliance.onTime'), t('statistics.compliance.late'), t('statistics.compliance.percent')]}
                    rows={series.map((month) => ({
                      key: month.month,
                      label: monthLabel(month.month),
                      values: [month.closedOnTime, month.closedLate, month.compliancePercent],
                    }))}
                    source={source}
                  />
                }
              />
              <ChartPanel
                title={t('statistics.durations.title')}
                testId="chart-durations"
                option={charts.durations}
                table={
                  <FigureTable
                    testId="chart-durations-table"
                    caption={t('statistics.durations.caption')}
                    rowHeader={t('statistics.month')}
                    columns={DURATIONS.map((key) => t(`statistics.durations.${key}`))}
                    rows={series.map((month) => ({
                      key: month.month,
                      label: monthLabel(month.month),
                      values: DURATIONS.map((key) => month.durations[key].medianDays),
                    }))}
                    source={source}
                  />
                }
              />
            </SimpleGrid>
          ) : (
            <Text>{t('statistics.noSeries')}</Text>
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
                links: [
                  key === 'received'
                    ? tipsOfPeriod
                    : drillDown.tasks({ processKind: 'TIP_VERIFICATION', state: 'closed', agencyCode: agencyCode ?? undefined }),
                ],
              }))}
              source={source}
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
                ...(['casesProsecuted', 'casesTried', 'convicted'] as const).map((key) => ({
                  key,
                  label: t(`dashboard.${key}`),
                  values: [data.prosecution[key]],
                  links: [drillDown.cases({ agencyCode: agencyCode ?? undefined })],
                })),
              ]}
              source={source}
            />
          </SimpleGrid>
          <FigureTable
            testId="durations"
            caption={t('dashboard.durationsCaption')}
            rowHeader={t('dashboard.duration')}
            columns={[t('dashboard.count')]}
            rows={DURATIONS.map((key) => ({
              key,
              label: t(`dashboard.durations.${key}`, {
                median: days(data.durations[key].medianDays),
                p90: days(data.durations[key].p90Days),
              }),
              values: [data.durations[key].count],
            }))}
            source={source}
          />
        </Stack>
      )}
    </Stack>
  );
}
