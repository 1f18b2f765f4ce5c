import { Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { TipReceivedAt } from '../../components/TipReceivedAt';
import { useLabels } from '../../session/use-labels';
import { DateFilter } from './DateFilter';
import { FilterSelect } from './FilterSelect';
import { ListScreen } from './ListScreen';
import { getRouteApi } from '@tanstack/react-router';
import { caseLink } from '../../router/links/case-link';
import { tipLink } from '../../router/links/tip-link';
import { mergeSearch } from '../../router/search/merge-search';
import { validateTipsSearch } from '../../router/search/tips-search';
import { LinkedRow, RowAnchor } from './RowLink';
import { SearchBox } from './SearchBox';
import { useLabelOptions } from './use-options';
import { PAGE_SIZE, usePagedList } from './use-paged-list';
import { tipKeys } from './query-keys';

const route = getRouteApi('/shell/tips');

/** Tips (GET /tips), newest received first; a tip that opened or joined a case opens that case's page. */
export function TipsListScreen() {
  const { t } = useTranslation();
  const filters = route.useSearch();
  const navigate = route.useNavigate();
  const setFilters = (changes: Record<string, string | null>) =>
    void navigate({ search: mergeSearch(validateTipsSearch, changes), replace: true, resetScroll: false });
  const [q, setQ] = useState<string | undefined>();
  const labelOptions = useLabelOptions();
  const label = useLabels();
  const list = usePagedList(tipKeys.list(filters, q), async (cursor) =>
    api.GET('/tips', {
      params: {
        query: {
          status: filters.status,
          channel: filters.channel,
          urgency: filters.urgency,
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
    <ListScreen
      title={t('lists.tips.title')}
      search={<SearchBox id="search-tips" label={t('lists.tips.search')} onSearch={setQ} />}
      filters={
        <>
          <FilterSelect
            name="status"
            label={t('lists.status')}
            data={labelOptions('tipStatuses')}
            value={filters.status}
            onChange={(value) => setFilters({ status: value })}
            width={220}
          />
          <FilterSelect
            name="channel"
            label={t('lists.channel')}
            data={labelOptions('tipChannels')}
            value={filters.channel}
            onChange={(value) => setFilters({ channel: value })}
            width={240}
          />
          <FilterSelect
            name="urgency"
            label={t('lists.urgency')}
            data={labelOptions('tipUrgencies')}
            value={filters.urgency}
            onChange={(value) => setFilters({ urgency: value })}
            width={180}
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
        </>
      }
      caption={t('lists.tips.caption')}
      columns={[
        { label: t('lists.reference') },
        { label: t('lists.receivedAt') },
        { label: t('lists.channel') },
        { label: t('lists.urgency') },
        { label: t('lists.status') },
        { label: t('lists.case') },
      ]}
      minWidth={720}
      testId="tips-list"
      list={list}
    >
      {list.rows.map((tip) => (
        <LinkedRow key={tip.id} link={tip.caseReference ? caseLink(tip.caseReference) : tipLink(tip.reference)}>
          <Table.Td>
            <RowAnchor link={tipLink(tip.reference)}>{tip.reference}</RowAnchor>
          </Table.Td>
          <Table.Td>
            <TipReceivedAt receivedAtLocal={tip.receivedAtLocal} delayHours={tip.registrationDelayHours} />
          </Table.Td>
          <Table.Td>{label('tipChannels', tip.channel)}</Table.Td>
          <Table.Td>{label('tipUrgencies', tip.urgency)}</Table.Td>
          <Table.Td>{label('tipStatuses', tip.status)}</Table.Td>
          <Table.Td>{tip.caseReference ? <RowAnchor link={caseLink(tip.caseReference)}>{tip.caseReference}</RowAnchor> : t('common.none')}</Table.Td>
        </LinkedRow>
      ))}
    </ListScreen>
  );
}
