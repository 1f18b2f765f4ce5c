import { Group, Loader, Stack, Switch, Title } from '@mantine/core';
import { lazy, Suspense, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EChartsCoreOption } from 'echarts/core';

const EChart = lazy(() => import('./EChart'));

interface Props {
  title: string;
  testId: string;
  option: EChartsCoreOption;
  /** The same numbers as the chart, shown instead of it on request. */
  table: ReactNode;
}

/** A chart with its "Xem dạng bảng" switch: the table holds exactly the chart's numbers, for reading and for screen readers. */
export function ChartPanel({ title, testId, option, table }: Props) {
  const { t } = useTranslation();
  const [asTable, setAsTable] = useState(false);
  const headingId = useId();
  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId} data-testid={testId}>
      <Group justify="space-between" align="center">
        <Title order={3} size="h4" id={headingId}>
          {title}
        </Title>
        <Switch label={t('statistics.showTable')} checked={asTable} onChange={(event) => setAsTable(event.currentTarget.checked)} />
      </Group>
      {asTable ? (
        table
      ) : (
        <Suspense fallback={<Loader size="sm" role="status" aria-label={t('common.loading')} />}>
          <EChart option={option} description={title} testId={`${testId}-chart`} />
        </Suspense>
      )}
    </Stack>
  );
}
