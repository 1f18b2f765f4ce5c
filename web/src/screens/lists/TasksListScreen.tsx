import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { DueDateCell } from '../../components/DueDateCell';
import { useAgencyName, useAgencyOptions } from '../../session/use-agencies';
import { useLabels } from '../../session/use-labels';
import type { Me } from '../../session/use-me';
import { FilterSelect } from './FilterSelect';
import { ListScreen } from './ListScreen';
import { getRouteApi } from '@tanstack/react-router';
import { caseLink } from '../../router/links/case-link';
import { tipLink } from '../../router/links/tip-link';
import { ENUMS } from '../../router/search/enums';
import { mergeSearch } from '../../router/search/merge-search';
import { validateTasksSearch } from '../../router/search/tasks-search';
import { WorkSubject } from '../../components/WorkSubject';
import { LinkedRow, RowAnchor } from './RowLink';
import { useLabelOptions } from './use-options';
import { PAGE_SIZE, usePagedList } from './use-paged-list';
import { taskKeys } from '../inbox/query-keys';

const route = getRouteApi('/shell/tasks');
const DUE_TAGS = { OVERDUE: 'due.tagOverdue', AT_RISK: 'due.tagAtRisk', ON_TIME: 'due.tagOnTime', PAUSED: 'due.tagPaused' } as const;

/** Every task the caller may see (GET /tasks), filtered by agency, status and deadline, soonest deadline first. */
export function TasksListScreen({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const filters = route.useSearch();
  const navigate = route.useNavigate();
  const setFilters = (changes: Record<string, string | null>) =>
    void navigate({ search: mergeSearch(validateTasksSearch, changes), replace: true, resetScroll: false });
  const labelOptions = useLabelOptions();
  const agencyOptions = useAgencyOptions()((agency) => !agency.external);
  const label = useLabels();
  const agencyName = useAgencyName();
  const allAgencies = me.roles.some((role) => role === 'COORDINATOR' || role === 'LEADERSHIP');
  const list = usePagedList(taskKeys.list(filters), async (cursor) =>
    api.GET('/tasks', {
      params: {
        query: {
          agencyCode: filters.agencyCode,
          processKind: filters.processKind,
          status: filters.status,
          overdue: filters.overdue,
          atRisk: filters.atRisk,
          dueState: filters.dueState,
          escalated: filters.escalated,
          limit: PAGE_SIZE,
          cursor,
        },
      },
    }),
  );
  // The dashboard's links say `dueState=`; older links and bookmarks `overdue=true` or `atRisk=true`.
  const due = filters.dueState ?? (filters.overdue ? 'OVERDUE' : filters.atRisk ? 'AT_RISK' : null);

  return (
    <ListScreen
      title={t('lists.tasks.title')}
      filters={
        <>
          {allAgencies && (
            <FilterSelect
              name="agencyCode"
              label={t('lists.agency')}
              searchable
              data={agencyOptions}
              value={filters.agencyCode}
              onChange={(value) => setFilters({ agencyCode: value })}
              width={280}
            />
          )}
          <FilterSelect
            name="processKind"
            label={t('lists.process')}
            data={labelOptions('processKinds', ENUMS.processKind)}
            value={filters.processKind}
            onChange={(value) => setFilters({ processKind: value })}
            width={260}
          />
          <FilterSelect
            name="status"
            label={t('lists.status')}
            data={labelOptions('taskStatuses')}
            value={filters.status}
            onChange={(value) => setFilters({ status: value })}
            width={200}
          />
          <FilterSelect
            name="due"
            label={t('lists.due')}
            data={ENUMS.dueState.map((state) => ({ value: state, label: t(DUE_TAGS[state]) }))}
            value={due}
            onChange={(value) => setFilters({ dueState: value, overdue: null, atRisk: null })}
            width={200}
          />
        </>
      }
      caption={t('lists.tasks.caption')}
      columns={[
        { label: t('lists.task') },
        { label: t('lists.agency') },
        { label: t('lists.due') },
        { label: t('lists.status') },
        { label: t('lists.case') },
      ]}
      minWidth={720}
      testId="tasks-list"
      list={list}
    >
      {list.rows.map((task) => (
        <LinkedRow
          key={task.id}
          taskId={task.id}
          link={task.caseReference ? caseLink(task.caseReference) : task.subject.tipReference ? tipLink(task.subject.tipReference) : undefined}
        >
          <Table.Td>
            <Text size="sm" fw={600}>
              {i18n.language === 'en' ? task.titleEn : task.titleVi}
            </Text>
            <Text size="xs">{label('processKinds', task.processType)}</Text>
            <WorkSubject subject={task.subject} links={false} />
          </Table.Td>
          <Table.Td>{agencyName(task.agencyCode)}</Table.Td>
          <Table.Td>
            <DueDateCell task={task} />
          </Table.Td>
          <Table.Td>{label('taskStatuses', task.status)}</Table.Td>
          <Table.Td>
            {task.caseReference ? (
              <RowAnchor link={caseLink(task.caseReference)}>{task.caseReference}</RowAnchor>
            ) : task.subject.tipReference ? (
              <RowAnchor link={tipLink(task.subject.tipReference)}>{task.subject.tipReference}</RowAnchor>
            ) : (
              t('common.none')
            )}
          </Table.Td>
        </LinkedRow>
      ))}
    </ListScreen>
  );
}
