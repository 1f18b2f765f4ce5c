import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Menu,
  Modal,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type Schemas, unwrap } from '../api/client';
import { DueDateCell } from '../components/DueDateCell';
import { ErrorSummary } from '../components/ErrorSummary';
import { WorkSubject } from '../components/WorkSubject';
import { getRouteApi } from '@tanstack/react-router';
import { AppLink } from '../components/AppLink';
import { caseLink } from '../router/links/case-link';
import { tipLink } from '../router/links/tip-link';
import { ENUMS } from '../router/search/enums';
import { validateInboxSearch } from '../router/search/inbox-search';
import { mergeSearch } from '../router/search/merge-search';
import { FilterSelect } from './lists/FilterSelect';
import { SearchBox } from './lists/SearchBox';
import { useLabelOptions } from './lists/use-options';
import { OutcomeForm } from '../components/OutcomeForm';
import type { OutcomeJsonSchema } from '../components/outcome-schema';
import { serverFieldErrors } from '../components/server-field-errors';
import { formatInstant } from '../format/local-date-time';
import { useAgencyName } from '../session/use-agencies';
import { useLabels } from '../session/use-labels';
import type { Me } from '../session/use-me';
import { AssignDialog } from './inbox/AssignDialog';
import { ClockDialog } from './inbox/ClockDialog';
import { DecisionDialog, type DecisionKind } from './inbox/DecisionDialog';
import { isPaused } from './inbox/paused';
import { ExtensionRequestDialog } from './inbox/ExtensionRequestDialog';
import { DEFAULT_VIEW, INBOX_VIEWS, type InboxView, viewQuery } from './inbox/inbox-view';
import { useMembers } from './inbox/use-members';
import { useSteps } from '../session/use-steps';
import { useLegalBasis } from '../session/use-legal-basis';
import { taskKeys } from './inbox/query-keys';

type Task = Schemas['TaskListItemDto'];
/** The inbox's view and filters are its route's search params (router/search/inbox-search.ts). */
const route = getRouteApi('/shell/inbox');
const DUE_TAGS = { ON_TIME: 'due.tagOnTime', AT_RISK: 'due.tagAtRisk', OVERDUE: 'due.tagOverdue', PAUSED: 'due.tagPaused' } as const;
const may = (task: Task, action: Task['allowedActions'][number]) => task.allowedActions.includes(action);
const hasPendingExtension = (task: Task) => (task.extensions as Array<{ status?: string }>).some((e) => e.status === 'PENDING');
interface Completed {
  title: string;
  caseReference: string | null;
  tipReference: string | null;
}
type Dialog = { kind: 'extension' | 'clock' | DecisionKind; task: Task } | { kind: 'assign'; tasks: Task[] } | null;

const VIEW_LABELS: Record<InboxView, string> = {
  mine: 'inbox.viewMine',
  unclaimed: 'inbox.viewUnclaimed',
  agency: 'inbox.viewAgency',
  done: 'inbox.viewDone',
};
const VIEW_CAPTIONS: Record<InboxView, string> = {
  mine: 'inbox.captionMine',
  unclaimed: 'inbox.captionUnclaimed',
  agency: 'inbox.caption',
  done: 'inbox.captionDone',
};

/**
 * The officer's inbox: views Của tôi · Chưa nhận · Cả đơn vị · Đã xong by due date, claim and unclaim, the step's
 * outcome form, Xin gia hạn; for the agency head also the clock (tạm dừng / tiếp tục) and phân công, several at once.
 */
export function InboxScreen({ me }: { me: Me }) {
  const legalBasis = useLegalBasis();
  const { t, i18n } = useTranslation();
  const label = useLabels();
  const agencyName = useAgencyName();
  const queryClient = useQueryClient();
  const filters = route.useSearch();
  const navigate = route.useNavigate();
  const setFilters = (changes: Record<string, string | null>) =>
    void navigate({ search: mergeSearch(validateInboxSearch, changes), replace: true, resetScroll: false });
  const view = filters.view ?? DEFAULT_VIEW;
  const [openTaskId, setOpenTaskId] = useState<string | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [completed, setCompleted] = useState<Completed | null>(null);
  const [q, setQ] = useState<string | undefined>(undefined);
  const labelOptions = useLabelOptions();
  // On a phone the rows become cards, so every action stays on screen.
  const phone = useMediaQuery('(max-width: 47.99em)');
  const members = useMembers(me.agency.code);
  const tasks = useQuery({
    queryKey: taskKeys.inbox(view, me.agency.code, filters, q),
    queryFn: async () =>
      unwrap(
        await api.GET('/tasks', {
          params: {
            query: {
              ...viewQuery(view, me.agency.code),
              processKind: filters.processKind,
              stepType: filters.stepType,
              // Done work has no deadline left to stand against: the filter is hidden there and not sent.
              dueState: view === 'done' ? undefined : filters.dueState,
              extensionRequested: filters.extensionRequested,
              q,
              limit: 200,
            },
          },
        }),
      ),
    select: (list) => [...list].sort((a, b) => a.dueAt.localeCompare(b.dueAt)),
  });
  const steps = useSteps();
  const invalidate = () => queryClient.invalidateQueries({ queryKey: taskKeys.all });
  const claim = useMutation({
    mutationFn: async ({ task, action }: { task: Task; action: 'claim' | 'unclaim' }) =>
      unwrap(await api.POST(action === 'claim' ? '/tasks/{id}/claim' : '/tasks/{id}/unclaim', { params: { path: { id: task.id } } })),
    onSettled: invalidate,
  });
  const complete = useMutation({
    mutationFn: async ({ task, outcome }: { task: Task; outcome: Record<string, unknown> }) =>
      unwrap(await api.POST('/tasks/{id}/complete', { params: { path: { id: task.id } }, body: { outcome } })),
    onSuccess: (_done, { task }) => {
      setOpenTaskId(null);
      setCompleted({ title: title(task), caseReference: task.subject.caseReference ?? null, tipReference: task.subject.tipReference ?? null });
      void invalidate();
    },
  });

  const openTask = tasks.data?.find((task) => task.id === openTaskId);
  const openStep = steps.data?.find((step) => step.stepType === openTask?.stepType);
  const title = (task: Task) => (i18n.language === 'en' ? task.titleEn : task.titleVi);
  const assignee = (task: Task) => {
    if (!task.assigneeId) return t('inbox.unassigned');
    if (task.assigneeId === me.userId) return t('inbox.me');
    return members.data?.find((m) => m.id === task.assigneeId)?.displayName ?? t('inbox.someoneElse');
  };
  const done = view === 'done';
  // The head's several-at-once assignment: offered while some listed task may be assigned by this reader.
  const selectable = !done && (tasks.data ?? []).some((task) => may(task, 'ASSIGN'));
  const chosen = (tasks.data ?? []).filter((task) => selected.includes(task.id));
  const toggle = (id: string, on: boolean) => setSelected((current) => (on ? [...current, id] : current.filter((x) => x !== id)));
  const changeView = (next: InboxView) => {
    setSelected([]);
    setNotice(null);
    setFilters({ view: next === DEFAULT_VIEW ? null : next });
  };
  const stepOptions = (steps.data ?? [])
    .filter((step) => !filters.processKind || step.process === filters.processKind)
    .map((step) => ({ value: step.stepType, label: i18n.language === 'en' ? step.title.en : step.title.vi }));
  const dueCell = (task: Task) =>
    done ? (
      <Text size="sm">
        {label('taskStatuses', task.status)} · {t('inboxFind.completedAt', { time: formatInstant(task.completedAt) })}
      </Text>
    ) : (
      <Stack gap={4} align="flex-start">
        <DueDateCell task={task} />
        {hasPendingExtension(task) && (
          <Badge color="yellow.4" autoContrast radius="sm" tt="none" data-testid="extension-pending">
            {t('inboxFind.extensionPendingTag')}
          </Badge>
        )}
      </Stack>
    );
  const actions = (task: Task) =>
    !done && (
      <Group gap="xs" wrap="wrap">
        {may(task, 'CLAIM') && (
          <Button size="xs" onClick={() => claim.mutate({ task, action: 'claim' })}>
            {t('inbox.claim')}
          </Button>
        )}
        {/* One's own task: given back or completed (a claim first, so two officers never fill the same form). */}
        {task.assigneeId === me.userId && (
          <>
            {may(task, 'UNCLAIM') && (
              <Button size="xs" variant="default" onClick={() => claim.mutate({ task, action: 'unclaim' })}>
                {t('inbox.unclaim')}
              </Button>
            )}
            {may(task, 'COMPLETE') && (
              <Button
                size="xs"
                onClick={() => {
                  complete.reset();
                  setCompleted(null);
                  setOpenTaskId(task.id);
                }}
              >
                {t('inbox.complete')}
              </Button>
            )}
          </>
        )}
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button size="xs" variant="default" aria-label={`${t('inbox.more')}: ${title(task)}`}>
              {t('inbox.more')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {may(task, 'REQUEST_EXTENSION') && (
              <Menu.Item onClick={() => setDialog({ kind: 'extension', task })}>{t('inbox.requestExtension')}</Menu.Item>
            )}
            {may(task, isPaused(task) ? 'RESUME' : 'PAUSE') && (
              <Menu.Item onClick={() => setDialog({ kind: 'clock', task })}>{t(isPaused(task) ? 'inbox.resume' : 'inbox.suspend')}</Menu.Item>
            )}
            {may(task, 'DECIDE_SUSPENSION') && (
              <Menu.Item onClick={() => setDialog({ kind: 'suspension', task })}>{t('inbox.decideSuspension')}</Menu.Item>
            )}
            {may(task, 'DECIDE_RESTORATION') && (
              <Menu.Item onClick={() => setDialog({ kind: 'restoration', task })}>{t('inbox.decideRestoration')}</Menu.Item>
            )}
            {may(task, 'ASSIGN') && <Menu.Item onClick={() => setDialog({ kind: 'assign', tasks: [task] })}>{t('inbox.assign')}</Menu.Item>}
          </Menu.Dropdown>
        </Menu>
      </Group>
    );
  const taskCell = (task: Task) => (
    <>
      <Text size="sm" fw={600}>
        {title(task)}
      </Text>
      <WorkSubject subject={task.subject} />
      <Text size="xs">{t('inbox.legalBasis', { basis: legalBasis(task) })}</Text>
      {isPaused(task) && (
        <Badge color="gray.7" autoContrast radius="sm" tt="none" mt={4}>
          {t('inbox.clockPaused')}
        </Badge>
      )}
    </>
  );

  return (
    <Stack>
      <Title order={1} size="h2">
        {t('inbox.title')}
      </Title>
      <SegmentedControl
        aria-label={t('inbox.views')}
        value={view}
        onChange={(value) => changeView(value as InboxView)}
        data={INBOX_VIEWS.map((value) => ({ value, label: t(VIEW_LABELS[value]) }))}
        style={{ alignSelf: 'flex-start', maxWidth: '100%' }}
        styles={{ root: { flexWrap: 'wrap' } }}
      />
      <SearchBox id="inbox-search" label={t('inboxFind.search')} onSearch={setQ} />
      <Group align="flex-end" gap="sm" wrap="wrap">
        <FilterSelect
          name="processKind"
          label={t('inboxFind.processKind')}
          data={labelOptions('processKinds', ENUMS.processKind)}
          value={filters.processKind}
          onChange={(value) => setFilters({ processKind: value, stepType: null })}
          width={220}
        />
        <FilterSelect
          name="stepType"
          label={t('inboxFind.step')}
          searchable
          data={stepOptions}
          value={filters.stepType}
          onChange={(value) => setFilters({ stepType: value })}
          width={320}
        />
        {!done && (
          <FilterSelect
            name="due"
            label={t('inboxFind.due')}
            data={ENUMS.dueState.map((state) => ({ value: state, label: t(DUE_TAGS[state]) }))}
            value={filters.dueState}
            onChange={(value) => setFilters({ dueState: value, overdue: null, atRisk: null })}
            width={200}
          />
        )}
        <FilterSelect
          name="extensionRequested"
          label={t('inboxFind.extension')}
          data={[
            { value: 'true', label: t('inboxFind.extensionRequested') },
            { value: 'false', label: t('inboxFind.extensionNone') },
          ]}
          value={filters.extensionRequested === undefined ? null : String(filters.extensionRequested)}
          onChange={(value) => setFilters({ extensionRequested: value })}
          width={240}
        />
      </Group>
      {claim.error instanceof ApiError && <ErrorSummary errors={serverFieldErrors(claim.error.body)} idPrefix="claim" />}
      {completed && !openTask && (
        <Alert color="green.9" variant="outline" role="status" data-testid="completed-notice">
          <Text size="sm">
            {t(completed.caseReference ? 'inboxFind.completedNext' : 'inboxFind.completedNextNoCase', { title: completed.title })}
          </Text>
          {completed.caseReference && (
            <AppLink {...caseLink(completed.caseReference)}>{t('inboxFind.openCase', { reference: completed.caseReference })}</AppLink>
          )}
          {!completed.caseReference && completed.tipReference && (
            <AppLink {...tipLink(completed.tipReference)}>{t('inboxFind.openTip', { reference: completed.tipReference })}</AppLink>
          )}
        </Alert>
      )}
      {notice && (
        <Alert color="green.9" variant="outline" role="status">
          {notice}
        </Alert>
      )}
      {selectable && (
        <Group gap="sm">
          <Text size="sm" aria-live="polite">
            {t('inbox.selected', { count: chosen.length })}
          </Text>
          <Button size="xs" disabled={chosen.length === 0} onClick={() => setDialog({ kind: 'assign', tasks: chosen })}>
            {t('inbox.assignSelected')}
          </Button>
        </Group>
      )}
      {phone ? (
        <Stack gap="sm" aria-busy={tasks.isPending} data-testid="inbox-cards" data-view={view}>
          <Text size="sm">{t(VIEW_CAPTIONS[view])}</Text>
          {tasks.data?.map((task) => (
            <Paper key={task.id} withBorder p="sm" component="article" data-step-type={task.stepType} data-task-id={task.id}>
              <Stack gap={6}>
                {selectable && (
                  <Checkbox
                    aria-label={t('inbox.select', { title: title(task) })}
                    checked={selected.includes(task.id)}
                    onChange={(event) => toggle(task.id, event.currentTarget.checked)}
                  />
                )}
                {taskCell(task)}
                <Text size="xs">
                  {label('processKinds', task.processType)} · {assignee(task)}
                </Text>
                {dueCell(task)}
                {actions(task)}
              </Stack>
            </Paper>
          ))}
        </Stack>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped aria-busy={tasks.isPending} data-testid="inbox-table" data-view={view}>
            <Table.Caption>{t(VIEW_CAPTIONS[view])}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                {selectable && (
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('inbox.assign')}</VisuallyHidden>
                  </Table.Th>
                )}
                <Table.Th scope="col">{t('inbox.task')}</Table.Th>
                <Table.Th scope="col">{t('inbox.process')}</Table.Th>
                <Table.Th scope="col">{t('inbox.due')}</Table.Th>
                <Table.Th scope="col">{t('inbox.assignee')}</Table.Th>
                <Table.Th scope="col">{t('inbox.agency')}</Table.Th>
                <Table.Th scope="col">{t('inbox.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tasks.data?.map((task) => (
                <Table.Tr key={task.id} data-step-type={task.stepType} data-task-id={task.id}>
                  {selectable && (
                    <Table.Td>
                      <Checkbox
                        aria-label={t('inbox.select', { title: title(task) })}
                        checked={selected.includes(task.id)}
                        onChange={(event) => toggle(task.id, event.currentTarget.checked)}
                      />
                    </Table.Td>
                  )}
                  <Table.Td>{taskCell(task)}</Table.Td>
                  <Table.Td>{label('processKinds', task.processType)}</Table.Td>
                  <Table.Td>{dueCell(task)}</Table.Td>
                  <Table.Td>{assignee(task)}</Table.Td>
                  <Table.Td>{agencyName(task.agencyCode)}</Table.Td>
                  <Table.Td>{actions(task)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {tasks.data?.length === 0 && <Text>{t('inbox.empty')}</Text>}
      {/* The form opens where the officer is, over the list, with focus inside (Mantine's modal traps it). */}
      <Modal
        opened={Boolean(openTask && openStep)}
        onClose={() => setOpenTaskId(null)}
        title={openTask ? t('inbox.completeTitle', { title: title(openTask) }) : ''}
        size="xl"
        fullScreen={phone}
        // A click beside the form, or Escape to close a date picker, must never throw away what the officer typed.
        closeOnClickOutside={false}
        closeOnEscape={false}
        closeButtonProps={{ 'aria-label': t('inboxFind.close') }}
        data-testid="outcome-dialog"
      >
        {openTask && openStep && (
          <Stack gap="sm" data-testid="outcome-form">
            <WorkSubject subject={openTask.subject} />
            <OutcomeForm
              key={openTask.id}
              idPrefix="outcome"
              schema={openStep.outcomeSchema as unknown as OutcomeJsonSchema}
              serverErrors={complete.error instanceof ApiError ? serverFieldErrors(complete.error.body, 'outcome') : []}
              submitting={complete.isPending}
              onSubmit={(outcome) => complete.mutate({ task: openTask, outcome })}
              onCancel={() => setOpenTaskId(null)}
            />
          </Stack>
        )}
      </Modal>
      {dialog?.kind === 'extension' && (
        <ExtensionRequestDialog
          task={dialog.task}
          title={title(dialog.task)}
          onClose={(sent) => {
            setDialog(null);
            if (sent) setNotice(t('inbox.extensionSent'));
          }}
        />
      )}
      {dialog?.kind === 'clock' && (
        <ClockDialog
          task={dialog.task}
          title={title(dialog.task)}
          onClose={(result) => {
            setDialog(null);
            if (result) setNotice(t(result === 'suspended' ? 'inbox.suspended' : 'inbox.resumed'));
          }}
        />
      )}
      {(dialog?.kind === 'suspension' || dialog?.kind === 'restoration') && (
        <DecisionDialog
          task={dialog.task}
          title={title(dialog.task)}
          kind={dialog.kind}
          onClose={(done) => {
            const kind = dialog.kind;
            setDialog(null);
            if (done) setNotice(t(kind === 'suspension' ? 'inbox.suspensionDecided' : 'inbox.restorationDecided'));
          }}
        />
      )}
      {dialog?.kind === 'assign' && (
        <AssignDialog
          agencyCode={me.agency.code}
          tasks={dialog.tasks}
          titleOf={title}
          onClose={(assigned) => {
            setDialog(null);
            if (assigned) {
              setSelected([]);
              setNotice(t('inbox.assigned', { count: assigned }));
            }
          }}
        />
      )}
    </Stack>
  );
}
