import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { AppLink } from '../../components/AppLink';
import type { DrillDownLink } from './drill-down-link';

type Kpi = Schemas['StatisticsDto']['kpis'][number];

interface Props {
  kpis: Kpi[];
  /** The list each tile's count opens. */
  linkOf(key: Kpi['key']): DrillDownLink;
  source: string;
}

const percent = (value: number) => `${value.toLocaleString('vi-VN', { maximumFractionDigits: 1 })} %`;

/** The programme's targets as tiles: the share, what it is a share of, the target and whether it is met, in words. */
export function KpiTiles({ kpis, linkOf, source }: Props) {
  const { t } = useTranslation();
  const verdict = (kpi: Kpi) => {
    if (kpi.met === null) return { label: t('statistics.notMeasured'), color: 'gray.7' };
    return kpi.met ? { label: t('statistics.met'), color: '#1b5e20' } : { label: t('statistics.notMet'), color: 'red.9' };
  };
  return (
    <Stack gap="xs" component="section" aria-labelledby="kpi-heading">
      <Title order={2} size="h3" id="kpi-heading">
        {t('statistics.kpis')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }}>
        {kpis.map((kpi) => {
          const { label, color } = verdict(kpi);
          return (
            <Paper key={kpi.key} withBorder p="sm" data-testid={`kpi-${kpi.key}`} data-met={String(kpi.met)}>
              <Stack gap={4}>
                <Title order={3} size="h5">
                  {t(`statistics.kpi.${kpi.key}`)}
                </Title>
                <Text fz={kpi.percent === null ? 'lg' : 28} fw={700} data-testid="kpi-percent">
                  {kpi.percent === null ? t('statistics.noData') : percent(kpi.percent)}
                </Text>
                <Text size="sm" data-testid="kpi-basis">
                  <AppLink {...linkOf(kpi.key)} underline="always">
                    {t(`statistics.kpiBasis.${kpi.key}`, { numerator: kpi.numerator, denominator: kpi.denominator })}
                  </AppLink>
                </Text>
                <Text size="sm" data-testid="kpi-target">
                  {kpi.targetPercent !== null && kpi.comparison
                    ? t(`statistics.target.${kpi.comparison}`, { target: kpi.targetPercent })
                    : t('statistics.noTarget')}
                </Text>
                {kpi.targetPercent !== null && (
                  // The words carry the verdict; the colour only repeats it.
                  <Text fw={700} c={color} data-testid="kpi-verdict">
                    {label}
                  </Text>
                )}
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        {source}
      </Text>
    </Stack>
  );
}
