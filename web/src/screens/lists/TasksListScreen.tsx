import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { DueDateCell } from '../../components/DueDateCell';
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

const FILTERS = ['agencyCode', 'processKind', 'status', 'overdue', 'atRisk', 'dueState', 'escalated'] as const;
const DUE_STATES = ['OVERDUE', 'AT_RISK', 'ON_TIME', 'PAUSED'] as const;
type DueState = (typeof DUE_STATES)[number];
const DUE_TAGS: Record<DueState, string> = { OVERDUE: 'due.tagOverdue', AT_RISK: 'due.tagAtRisk', ON_TIME: 'due.tagOnTime', PAUSED: 'due.tagPaused' };
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
          dueState: DUE_STATES.find((state) => state === filters.dueState),
          escalated: filters.escalated === undefined ? undefined : filters.escalated === 'true',
          limit: PAGE_SIZE,
          cursor,
        },
      },
    }),
  );
  // The dashboard's links say `dueState=`; older links and bookmarks `overdue=true` or `atRisk=true`.
  const due = filters.dueState ?? (filters.overdue === 'true' ? 'OVERDUE' : filters.atRisk === 'true' ? 'AT_RISK' : null);

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
            data={DUE_STATES.map((state) => ({ value: state, label: t(DUE_TAGS[state]) }))}
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
            <DueDateCell task={task} />
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
