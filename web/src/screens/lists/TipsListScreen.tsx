import { Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { formatLocalDateTime } from '../../format/local-date-time';
import { useLabels } from '../../session/use-labels';
import { DateFilter } from './DateFilter';
import { ListFooter } from './ListFooter';
import { casePath } from '../../session/case-path';
import { LinkedRow, RowAnchor } from './RowLink';
import { SearchBox } from './SearchBox';
import { useLabelOptions } from './use-options';
import { PAGE_SIZE, usePagedList } from './use-paged-list';
import { useUrlFilters } from './use-url-filters';

const FILTERS = ['status', 'channel', 'urgency', 'receivedFrom', 'receivedTo'] as const;

/** Tips (GET /tips), newest received first; a tip that opened or joined a case opens that case's page. */
export function TipsListScreen() {
  const { t } = useTranslation();
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const [q, setQ] = useState<string | undefined>();
  const labelOptions = useLabelOptions();
  const label = useLabels();
  const list = usePagedList(['tips', 'list', filters, q], async (cursor) =>
    api.GET('/tips', {
      params: {
        query: {
          status: filters.status as 'VERIFYING' | undefined,
          channel: filters.channel as 'HOTLINE_111' | undefined,
          urgency: filters.urgency as 'URGENT' | undefined,
          receivedFrom: filters.receivedFrom,
          receivedTo: filters.receivedTo,
          q,
          limit: PAGE_SIZE,
          cursor,
        },
      },
    }),
  );

  return (
    <Stack>
      <Title order={1} size="h2">
        {t('lists.tips.title')}
      </Title>
      <SearchBox id="search-tips" label={t('lists.tips.search')} onSearch={setQ} />
      <Group align="flex-end" wrap="wrap" role="group" aria-label={t('lists.filters')}>
        <Select
          id="filter-status"
          label={t('lists.status')}
          placeholder={t('lists.any')}
          clearable
          data={labelOptions('tipStatuses')}
          value={filters.status ?? null}
          onChange={(value) => setFilters({ status: value })}
          w={{ base: '100%', sm: 220 }}
        />
        <Select
          id="filter-channel"
          label={t('lists.channel')}
          placeholder={t('lists.any')}
          clearable
          data={labelOptions('tipChannels')}
          value={filters.channel ?? null}
          onChange={(value) => setFilters({ channel: value })}
          w={{ base: '100%', sm: 240 }}
        />
        <Select
          id="filter-urgency"
          label={t('lists.urgency')}
          placeholder={t('lists.any')}
          clearable
          data={labelOptions('tipUrgencies')}
          value={filters.urgency ?? null}
          onChange={(value) => setFilters({ urgency: value })}
          w={{ base: '100%', sm: 180 }}
        />
        <DateFilter
          id="filter-receivedFrom"
          label={t('lists.receivedFrom')}
          bound="from"
          value={filters.receivedFrom}
          onChange={(value) => setFilters({ receivedFrom: value })}
        />
        <DateFilter
          id="filter-receivedTo"
          label={t('lists.receivedTo')}
          bound="to"
          value={filters.receivedTo}
          onChange={(value) => setFilters({ receivedTo: value })}
        />
      </Group>
      {/* Scrolls sideways on a phone: focusable, so the keyboard can scroll it too. */}
      <Table.ScrollContainer minWidth={720} type="native" tabIndex={0} role="region" aria-label={t('lists.tips.caption')}>
        <Table striped highlightOnHover aria-busy={list.isPending} data-testid="tips-list">
          <Table.Caption>{t('lists.tips.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('lists.reference')}</Table.Th>
              <Table.Th scope="col">{t('lists.receivedAt')}</Table.Th>
              <Table.Th scope="col">{t('lists.channel')}</Table.Th>
              <Table.Th scope="col">{t('lists.urgency')}</Table.Th>
              <Table.Th scope="col">{t('lists.status')}</Table.Th>
              <Table.Th scope="col">{t('lists.case')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.rows.map((tip) => (
              <LinkedRow key={tip.id} href={tip.caseReference ? casePath(tip.caseReference) : undefined}>
                <Table.Td fw={600}>{tip.reference}</Table.Td>
                <Table.Td>{formatLocalDateTime(tip.receivedAtLocal)}</Table.Td>
                <Table.Td>{label('tipChannels', tip.channel)}</Table.Td>
                <Table.Td>{label('tipUrgencies', tip.urgency)}</Table.Td>
                <Table.Td>{label('tipStatuses', tip.status)}</Table.Td>
                <Table.Td>
                  {tip.caseReference ? <RowAnchor href={casePath(tip.caseReference)}>{tip.caseReference}</RowAnchor> : t('common.none')}
                </Table.Td>
              </LinkedRow>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {list.loaded && list.rows.length === 0 && <Text>{t('lists.empty')}</Text>}
      {list.isError && <Text role="alert">{t('common.unexpectedError')}</Text>}
      <ListFooter
        shown={list.rows.length}
        total={list.total}
        loaded={list.loaded}
        hasMore={list.hasMore}
        loadingMore={list.loadingMore}
        onMore={list.loadMore}
      />
    </Stack>
  );
}
