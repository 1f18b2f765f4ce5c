import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { DueDateCell } from '../../components/DueDateCell';
import { formatLocalDateTime } from '../../format/local-date-time';
import { useAgencyName, useAgencyOptions } from '../../session/use-agencies';
import { useLabels } from '../../session/use-labels';
import type { Me } from '../../session/use-me';
import { FilterSelect } from './FilterSelect';
import { ListScreen } from './ListScreen';
import { casePath } from '../../session/case-path';
import { tipPath } from '../../session/tip-path';
import { WorkSubject } from '../../components/WorkSubject';
import { LinkedRow, RowAnchor } from './RowLink';
import { useLabelOptions } from './use-options';
import { PAGE_SIZE, usePagedList } from './use-paged-list';
import { useUrlFilters } from './use-url-filters';
import { taskKeys } from '../inbox/query-keys';

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
  const list = usePagedList(taskKeys.list(filters), async (cursor) =>
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
            data={labelOptions('processKinds', PROCESS_KINDS)}
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
            data={[
              { value: 'overdue', label: t('due.tagOverdue') },
              { value: 'atRisk', label: t('due.tagAtRisk') },
            ]}
            value={due}
            onChange={(value) => setFilters({ overdue: value === 'overdue' ? 'true' : null, atRisk: value === 'atRisk' ? 'true' : null })}
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
          href={task.caseReference ? casePath(task.caseReference) : task.subject.tipReference ? tipPath(task.subject.tipReference) : undefined}
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
            {task.status === 'OPEN' || task.status === 'CLAIMED' ? (
              <DueDateCell dueAt={task.dueAt} dueAtLocal={task.dueAtLocal} startsAt={task.startsAt} overdue={task.overdue} />
            ) : (
              <Text size="sm">{formatLocalDateTime(task.dueAtLocal)}</Text>
            )}
          </Table.Td>
          <Table.Td>{label('taskStatuses', task.status)}</Table.Td>
          <Table.Td>
            {task.caseReference ? (
              <RowAnchor href={casePath(task.caseReference)}>{task.caseReference}</RowAnchor>
            ) : task.subject.tipReference ? (
              <RowAnchor href={tipPath(task.subject.tipReference)}>{task.subject.tipReference}</RowAnchor>
            ) : (
              t('common.none')
            )}
          </Table.Td>
        </LinkedRow>
      ))}
    </ListScreen>
  );
}
