import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { formatCount } from './format-count';
import { linkOptions } from '@tanstack/react-router';
import { AppLink } from '../../components/AppLink';
import { triageKeys } from './query-keys';

/** The count of a list from its `X-Total-Count` (one row fetched); `null` past the API's cap of 1,000. */
async function countOf(fetchOne: () => Promise<{ response: Response }>): Promise<number | null> {
  const { response } = await fetchOne();
  if (!response.ok) throw new Error(`${response.status}`);
  const total = response.headers.get('X-Total-Count');
  return total === null ? null : Number(total);
}

const TRIAGE = [
  {
    key: 'overdue',
    link: linkOptions({ to: '/tasks', search: { overdue: true } }),
    fetch: () => api.GET('/tasks', { params: { query: { overdue: true, limit: 1 } } }),
  },
  {
    key: 'atRisk',
    link: linkOptions({ to: '/tasks', search: { atRisk: true } }),
    fetch: () => api.GET('/tasks', { params: { query: { atRisk: true, limit: 1 } } }),
  },
  {
    key: 'unassigned',
    link: linkOptions({ to: '/tasks', search: { status: 'OPEN' } }),
    fetch: () => api.GET('/tasks', { params: { query: { status: 'OPEN', limit: 1 } } }),
  },
  { key: 'unacknowledged', link: linkOptions({ to: '/escalations' }), fetch: () => api.GET('/escalations', { params: { query: { limit: 1 } } }) },
] as const;

/** What needs the duty desk first, each count a link to the list it counts. */
export function TriageCounts() {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="triage-title">
      <Title order={2} size="h3" id="triage-title" mb="xs">
        {t('dutyDesk.triage')}
      </Title>
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {TRIAGE.map((item) => (
          <TriageCount key={item.key} item={item} label={t(`dutyDesk.triageCounts.${item.key}`)} language={i18n.language} />
        ))}
      </SimpleGrid>
    </section>
  );
}

function TriageCount({ item, label, language }: { item: (typeof TRIAGE)[number]; label: string; language: string }) {
  const { t } = useTranslation();
  const count = useQuery({ queryKey: triageKeys.count(item.key), queryFn: () => countOf(item.fetch) });
  const shown = count.data === undefined ? '…' : count.data === null ? `> ${formatCount(1000, language)}` : formatCount(count.data, language);
  return (
    <Paper withBorder p="sm" component="li">
      <AppLink {...item.link} data-testid={`triage-${item.key}`} underline="hover">
        <Text component="span" size="xl" fw={700} display="block" data-testid="triage-count">
          {count.isError ? t('dutyDesk.triageUnavailable') : shown}
        </Text>
        <Text component="span" size="sm" display="block">
          {label}
        </Text>
      </AppLink>
    </Paper>
  );
}
