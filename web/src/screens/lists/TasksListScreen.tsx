import { Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { DueDateCell } from '../../components/DueDateCell';
import { formatLocalDateTime } from '../../format/local-date-time';
import { useAgencyName, useAgencyOptions } from '../../session/use-agencies';
import { useLabels } from '../../session/use-labels';
import type { Me } from '../../session/use-me';
import { ListFooter } from './ListFooter';
import { casePath } from '../../session/case-path';
import { LinkedRow, RowAnchor } from './RowLink';
import { useLabelOptions } from './use-options';
import { PAGE_SIZE, usePagedList } from './use-paged-list';
import { useUrlFilters } from './use-url-filters';

const FILTERS = ['agencyCode', 'processKind', 'status', 'overdue', 'atRisk'] as const;
const PROCESS_KINDS = ['TIP_VERIFICATION', 'RESCUE', 'RECEPTION', 'PROSECUTION'] as const;

/** Every task the caller may see (GET /tasks), filtered by agency, status and deadline, soonest deadline first. */
export function TasksListScreen({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const labelOptions = useLabelOptions();
  const agencyOptions = useAgencyOptions()((agency) => !agency.external);
  const label = useLabels();
  const agencyName = useAgencyName();
  const allAgencies = me.roles.some((role) => role === 'COORDINATOR' || role === 'LEADERSHIP');
  const list = usePagedList(['tasks', 'list', filters], async (cursor) =>
    api.GET('/tasks', {
      params: {
        query: {
          agencyCode: filters.agencyCode,
          processKind: filters.processKind as (typeof PROCESS_KINDS)[number] | undefined,
          status: filters.status as 'OPEN' | undefined,
          overdue: filters.overdue === undefined ? undefined : filters.overdue === 'true',
          atRisk: filters.atRisk === undefined ? undefined : filters.atRisk === 'true',
          limit: PAGE_SIZE,
          cursor,
        },
      },
    }),
  );
  const due = filters.overdue === 'true' ? 'overdue' : filters.atRisk === 'true' ? 'atRisk' : null;

  return (
    <Stack>
      <Title order={1} size="h2">
        {t('lists.tasks.title')}
      </Title>
      <Group align="flex-end" wrap="wrap" role="group" aria-label={t('lists.filters')}>
        {allAgencies && (
          <Select
            id="filter-agencyCode"
            label={t('lists.agency')}
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
          id="filter-processKind"
          label={t('lists.process')}
          placeholder={t('lists.any')}
          clearable
          data={labelOptions('processKinds', PROCESS_KINDS)}
          value={filters.processKind ?? null}
          onChange={(value) => setFilters({ processKind: value })}
          w={{ base: '100%', sm: 260 }}
        />
        <Select
          id="filter-status"
          label={t('lists.status')}
          placeholder={t('lists.any')}
          clearable
          data={labelOptions('taskStatuses')}
          value={filters.status ?? null}
          onChange={(value) => setFilters({ status: value })}
          w={{ base: '100%', sm: 200 }}
        />
        <Select
          id="filter-due"
          label={t('lists.due')}
          placeholder={t('lists.any')}
          clearable
          data={[
            { value: 'overdue', label: t('due.tagOverdue') },
            { value: 'atRisk', label: t('due.tagAtRisk') },
          ]}
          value={due}
          onChange={(value) => setFilters({ overdue: value === 'overdue' ? 'true' : null, atRisk: value === 'atRisk' ? 'true' : null })}
          w={{ base: '100%', sm: 200 }}
        />
      </Group>
      {/* Scrolls sideways on a phone: focusable, so the keyboard can scroll it too. */}
      <Table.ScrollContainer minWidth={720} type="native" tabIndex={0} role="region" aria-label={t('lists.tasks.caption')}>
        <Table striped highlightOnHover aria-busy={list.isPending} data-testid="tasks-list">
          <Table.Caption>{t('lists.tasks.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('lists.task')}</Table.Th>
              <Table.Th scope="col">{t('lists.agency')}</Table.Th>
              <Table.Th scope="col">{t('lists.due')}</Table.Th>
              <Table.Th scope="col">{t('lists.status')}</Table.Th>
              <Table.Th scope="col">{t('lists.case')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.rows.map((task) => (
              <LinkedRow key={task.id} taskId={task.id} href={task.caseReference ? casePath(task.caseReference) : undefined}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {i18n.language === 'en' ? task.titleEn : task.titleVi}
                  </Text>
                  <Text size="xs">{label('processKinds', task.processType)}</Text>
                </Table.Td>
                <Table.Td>{agencyName(task.agencyCode)}</Table.Td>
                <Table.Td>
                  {task.status === 'OPEN' || task.status === 'CLAIMED' ? (
                    <DueDateCell dueAt={task.dueAt} dueAtLocal={task.dueAtLocal} startsAt={task.startsAt} overdue={task.overdue} />
                  ) : (
                    <Text size="sm">{formatLocalDateTime(task.dueAtLocal)}</Text>
                  )}
                </Table.Td>
                <Table.Td>{label('taskStatuses', task.status)}</Table.Td>
                <Table.Td>
                  {task.caseReference ? <RowAnchor href={casePath(task.caseReference)}>{task.caseReference}</RowAnchor> : t('common.none')}
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
