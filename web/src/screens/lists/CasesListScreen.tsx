import { Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { formatInstant } from '../../format/local-date-time';
import { useLabels } from '../../session/use-labels';
import type { Me } from '../../session/use-me';
import { ListFooter } from './ListFooter';
import { casePath } from '../../session/case-path';
import { LinkedRow, RowAnchor } from './RowLink';
import { SearchBox } from './SearchBox';
import { useLabelOptions } from './use-options';
import { useAgencyOptions } from '../../session/use-agencies';
import { PAGE_SIZE, usePagedList } from './use-paged-list';
import { useUrlFilters } from './use-url-filters';

const FILTERS = ['status', 'severity', 'agencyCode', 'overdue'] as const;

/** Cases the caller may see (GET /cases), newest opened first; a row opens the case page by its reference. */
export function CasesListScreen({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const [q, setQ] = useState<string | undefined>();
  const labelOptions = useLabelOptions();
  const agencyOptions = useAgencyOptions()((agency) => !agency.external);
  const label = useLabels();
  const allAgencies = me.roles.some((role) => role === 'COORDINATOR' || role === 'LEADERSHIP');
  const list = usePagedList(['cases', 'list', filters, q], async (cursor) =>
    api.GET('/cases', {
      params: {
        query: {
          status: filters.status as 'OPEN' | undefined,
          severity: filters.severity as 'VERY_SERIOUS' | undefined,
          agencyCode: filters.agencyCode,
          overdue: filters.overdue === undefined ? undefined : filters.overdue === 'true',
          q,
          limit: PAGE_SIZE,
          cursor,
        },
      },
    }),
  );
  const yesNo = [
    { value: 'true', label: t('lists.withOverdue') },
    { value: 'false', label: t('lists.withoutOverdue') },
  ];

  return (
    <Stack>
      <Title order={1} size="h2">
        {t('lists.cases.title')}
      </Title>
      <SearchBox id="search-cases" label={t('lists.cases.search')} onSearch={setQ} />
      <Group align="flex-end" wrap="wrap" role="group" aria-label={t('lists.filters')}>
        <Select
          id="filter-status"
          label={t('lists.status')}
          placeholder={t('lists.any')}
          clearable
          data={labelOptions('caseStatuses')}
          value={filters.status ?? null}
          onChange={(value) => setFilters({ status: value })}
          w={{ base: '100%', sm: 200 }}
        />
        <Select
          id="filter-severity"
          label={t('lists.severity')}
          placeholder={t('lists.any')}
          clearable
          data={labelOptions('severities')}
          value={filters.severity ?? null}
          onChange={(value) => setFilters({ severity: value })}
          w={{ base: '100%', sm: 240 }}
        />
        {allAgencies && (
          <Select
            id="filter-agencyCode"
            label={t('lists.involvedAgency')}
            placeholder={t('lists.any')}
            clearable
            searchable
            data={agencyOptions}
            value={filters.agencyCode ?? null}
            onChange={(value) => setFilters({ agencyCode: value })}
            w={{ base: '100%', sm: 280 }}
          />
        )}
        <Select
          id="filter-overdue"
          label={t('lists.overdueTasks')}
          placeholder={t('lists.any')}
          clearable
          data={yesNo}
          value={filters.overdue ?? null}
          onChange={(value) => setFilters({ overdue: value })}
          w={{ base: '100%', sm: 200 }}
        />
      </Group>
      {/* Scrolls sideways on a phone: focusable, so the keyboard can scroll it too. */}
      <Table.ScrollContainer minWidth={640} type="native" tabIndex={0} role="region" aria-label={t('lists.cases.caption')}>
        <Table striped highlightOnHover aria-busy={list.isPending} data-testid="cases-list">
          <Table.Caption>{t('lists.cases.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('lists.reference')}</Table.Th>
              <Table.Th scope="col">{t('lists.openedAt')}</Table.Th>
              <Table.Th scope="col">{t('lists.status')}</Table.Th>
              <Table.Th scope="col">{t('lists.severity')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('lists.openTasks')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('lists.overdueTasks')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.rows.map((item) => (
              <LinkedRow key={item.caseId} href={casePath(item.reference)}>
                <Table.Td>
                  <RowAnchor href={casePath(item.reference)}>{item.reference}</RowAnchor>
                </Table.Td>
                <Table.Td>{formatInstant(item.openedAt)}</Table.Td>
                <Table.Td>{label('caseStatuses', item.status)}</Table.Td>
                <Table.Td>{item.severity ? label('severities', item.severity) : t('common.none')}</Table.Td>
                <Table.Td ta="right">{item.openTasks}</Table.Td>
                <Table.Td ta="right">{item.overdueTasks}</Table.Td>
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
