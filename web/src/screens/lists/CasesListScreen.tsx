import { Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { formatInstant } from '../../format/local-date-time';
import { useLabels } from '../../session/use-labels';
import type { Me } from '../../session/use-me';
import { FilterSelect } from './FilterSelect';
import { ListScreen } from './ListScreen';
import { getRouteApi } from '@tanstack/react-router';
import { caseLink } from '../../router/links/case-link';
import { validateCasesSearch } from '../../router/search/cases-search';
import { mergeSearch } from '../../router/search/merge-search';
import { LinkedRow, RowAnchor } from './RowLink';
import { SearchBox } from './SearchBox';
import { useLabelOptions } from './use-options';
import { useAgencyOptions } from '../../session/use-agencies';
import { PAGE_SIZE, usePagedList } from './use-paged-list';
import { caseKeys } from '../case/query-keys';

const route = getRouteApi('/shell/cases');

/** Cases the caller may see (GET /cases), newest opened first; a row opens the case page by its reference. */
export function CasesListScreen({ me }: { me: Me }) {
  const { t } = useTranslation();
  const filters = route.useSearch();
  const navigate = route.useNavigate();
  const setFilters = (changes: Record<string, string | null>) =>
    void navigate({ search: mergeSearch(validateCasesSearch, changes), replace: true, resetScroll: false });
  const [q, setQ] = useState<string | undefined>();
  const labelOptions = useLabelOptions();
  const agencyOptions = useAgencyOptions()((agency) => !agency.external);
  const label = useLabels();
  const allAgencies = me.roles.some((role) => role === 'COORDINATOR' || role === 'LEADERSHIP');
  const list = usePagedList(caseKeys.list(filters, q), async (cursor) =>
    api.GET('/cases', {
      params: {
        query: {
          status: filters.status,
          severity: filters.severity,
          agencyCode: filters.agencyCode,
          overdue: filters.overdue,
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
    <ListScreen
      title={t('lists.cases.title')}
      search={<SearchBox id="search-cases" label={t('lists.cases.search')} onSearch={setQ} />}
      filters={
        <>
          <FilterSelect
            name="status"
            label={t('lists.status')}
            data={labelOptions('caseStatuses')}
            value={filters.status}
            onChange={(value) => setFilters({ status: value })}
            width={200}
          />
          <FilterSelect
            name="severity"
            label={t('lists.severity')}
            data={labelOptions('severities')}
            value={filters.severity}
            onChange={(value) => setFilters({ severity: value })}
            width={240}
          />
          {allAgencies && (
            <FilterSelect
              name="agencyCode"
              label={t('lists.involvedAgency')}
              searchable
              data={agencyOptions}
              value={filters.agencyCode}
              onChange={(value) => setFilters({ agencyCode: value })}
              width={280}
            />
          )}
          <FilterSelect
            name="overdue"
            label={t('lists.overdueTasks')}
            data={yesNo}
            value={filters.overdue === undefined ? null : String(filters.overdue)}
            onChange={(value) => setFilters({ overdue: value })}
            width={200}
          />
        </>
      }
      caption={t('lists.cases.caption')}
      columns={[
        { label: t('lists.reference') },
        { label: t('lists.openedAt') },
        { label: t('lists.status') },
        { label: t('lists.severity') },
        { label: t('lists.openTasks'), right: true },
        { label: t('lists.overdueTasks'), right: true },
      ]}
      minWidth={640}
      testId="cases-list"
      list={list}
    >
      {list.rows.map((item) => (
        <LinkedRow key={item.caseId} link={caseLink(item.reference)}>
          <Table.Td>
            <RowAnchor link={caseLink(item.reference)}>{item.reference}</RowAnchor>
          </Table.Td>
          <Table.Td>{formatInstant(item.openedAt)}</Table.Td>
          <Table.Td>{label('caseStatuses', item.status)}</Table.Td>
          <Table.Td>{item.severity ? label('severities', item.severity) : t('common.none')}</Table.Td>
          <Table.Td ta="right">{item.openTasks}</Table.Td>
          <Table.Td ta="right">{item.overdueTasks}</Table.Td>
        </LinkedRow>
      ))}
    </ListScreen>
  );
}
