import { Alert, Badge, Button, Checkbox, Group, Menu, Paper, SegmentedControl, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type Schemas, unwrap } from '../api/client';
import { DueDateCell } from '../components/DueDateCell';
import { ErrorSummary } from '../components/ErrorSummary';
import { CaseLink } from './case/CaseLink';
import { OutcomeForm } from '../components/OutcomeForm';
import type { OutcomeJsonSchema } from '../components/outcome-schema';
import { serverFieldErrors } from '../components/server-field-errors';
import { formatLocalDateTime } from '../format/local-date-time';
import { useAgencyName } from '../session/use-agencies';
import { useLabels } from '../session/use-labels';
import type { Me } from '../session/use-me';
import { AssignDialog } from './inbox/AssignDialog';
import { ClockDialog } from './inbox/ClockDialog';
import { DecisionDialog, type DecisionKind } from './inbox/DecisionDialog';
import { isPaused } from './inbox/paused';
import { ExtensionRequestDialog } from './inbox/ExtensionRequestDialog';
import { INBOX_VIEWS, type InboxView, useInboxView, viewQuery } from './inbox/inbox-view';
import { useMembers } from './inbox/use-members';
import { useSteps } from '../session/use-steps';
import { useLegalBasis } from '../session/use-legal-basis';

type Task = Schemas['TaskDto'];
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
  const head = me.roles.includes('AGENCY_HEAD');
  const [view, setView] = useInboxView();
  const [openTaskId, setOpenTaskId] = useState<string | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const members = useMembers(me.agency.code);
  const tasks = useQuery({
    queryKey: ['tasks', 'inbox', view, me.agency.code],
    queryFn: async () => unwrap(await api.GET('/tasks', { params: { query: { ...viewQuery(view, me.agency.code), limit: 200 } } })),
    select: (list) => [...list].sort((a, b) => a.dueAt.localeCompare(b.dueAt)),
  });
  const steps = useSteps();
  const invalidate = () => queryClient.invalidateQueries({ queryKey: ['tasks'] });
  const claim = useMutation({
    mutationFn: async ({ task, action }: { task: Task; action: 'claim' | 'unclaim' }) =>
      unwrap(await api.POST(action === 'claim' ? '/tasks/{id}/claim' : '/tasks/{id}/unclaim', { params: { path: { id: task.id } } })),
    onSettled: invalidate,
  });
  const complete = useMutation({
    mutationFn: async ({ task, outcome }: { task: Task; outcome: Record<string, unknown> }) =>
      unwrap(await api.POST('/tasks/{id}/complete', { params: { path: { id: task.id } }, body: { outcome } })),
    onSuccess: () => {
      setOpenTaskId(null);
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
  const selectable = head && !done;
  const chosen = (tasks.data ?? []).filter((task) => selected.includes(task.id));
  const toggle = (id: string, on: boolean) => setSelected((current) => (on ? [...current, id] : current.filter((x) => x !== id)));
  const changeView = (next: InboxView) => {
    setSelected([]);
    setNotice(null);
    setView(next);
  };

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
      {claim.error instanceof ApiError && <ErrorSummary errors={serverFieldErrors(claim.error.body)} idPrefix="claim" />}
      {complete.isSuccess && !openTask && (
        <Alert color="green.9" variant="outline" role="status">
          {t('inbox.completed')}
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
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {title(task)}
                  </Text>
                  <Text size="xs">{t('inbox.legalBasis', { basis: legalBasis(task) })}</Text> <CaseLink caseReference={task.caseReference} />
                  {isPaused(task) && (
                    <Badge color="gray.7" autoContrast radius="sm" tt="none" mt={4}>
                      {t('inbox.clockPaused')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{label('processKinds', task.processType)}</Table.Td>
                <Table.Td>
                  {done ? (
                    <Text size="sm">
                      {label('taskStatuses', task.status)} · {formatLocalDateTime(task.dueAtLocal)}
                    </Text>
                  ) : (
                    <DueDateCell dueAt={task.dueAt} dueAtLocal={task.dueAtLocal} startsAt={task.startsAt} overdue={task.overdue} />
                  )}
                </Table.Td>
                <Table.Td>{assignee(task)}</Table.Td>
                <Table.Td>{agencyName(task.agencyCode)}</Table.Td>
                <Table.Td>
                  {!done && (
                    <Group gap="xs" wrap="nowrap">
                      {!task.assigneeId && (
                        <Button size="xs" onClick={() => claim.mutate({ task, action: 'claim' })}>
                          {t('inbox.claim')}
                        </Button>
                      )}
                      {task.assigneeId === me.userId && (
                        <>
                          <Button size="xs" variant="default" onClick={() => claim.mutate({ task, action: 'unclaim' })}>
                            {t('inbox.unclaim')}
                          </Button>
                          <Button
                            size="xs"
                            onClick={() => {
                              complete.reset();
                              setOpenTaskId(task.id);
                            }}
                          >
                            {t('inbox.complete')}
                          </Button>
                        </>
                      )}
                      <Menu position="bottom-end" withinPortal>
                        <Menu.Target>
                          <Button size="xs" variant="default" aria-label={`${t('inbox.more')}: ${title(task)}`}>
                            {t('inbox.more')}
                          </Button>
                        </Menu.Target>
                        <Menu.Dropdown>
                          <Menu.Item onClick={() => setDialog({ kind: 'extension', task })}>{t('inbox.requestExtension')}</Menu.Item>
                          {head && (
                            <Menu.Item onClick={() => setDialog({ kind: 'clock', task })}>
                              {t(isPaused(task) ? 'inbox.resume' : 'inbox.suspend')}
                            </Menu.Item>
                          )}
                          {head && task.agencyCode === me.agency.code && task.suspensionGrounds.length > 0 && (
                            <Menu.Item onClick={() => setDialog({ kind: 'suspension', task })}>{t('inbox.decideSuspension')}</Menu.Item>
                          )}
                          {head && task.agencyCode === me.agency.code && task.restorable && (
                            <Menu.Item onClick={() => setDialog({ kind: 'restoration', task })}>{t('inbox.decideRestoration')}</Menu.Item>
                          )}
                          {head && <Menu.Item onClick={() => setDialog({ kind: 'assign', tasks: [task] })}>{t('inbox.assign')}</Menu.Item>}
                        </Menu.Dropdown>
                      </Menu>
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {tasks.data?.length === 0 && <Text>{t('inbox.empty')}</Text>}
      {openTask && openStep && (
        <Paper withBorder p="md" component="section" aria-labelledby="outcome-title">
          <Title order={2} size="h3" id="outcome-title" mb="sm">
            {t('inbox.completeTitle', { title: title(openTask) })}
          </Title>
          <OutcomeForm
            key={openTask.id}
            idPrefix="outcome"
            schema={openStep.outcomeSchema as unknown as OutcomeJsonSchema}
            serverErrors={complete.error instanceof ApiError ? serverFieldErrors(complete.error.body, 'outcome') : []}
            submitting={complete.isPending}
            onSubmit={(outcome) => complete.mutate({ task: openTask, outcome })}
            onCancel={() => setOpenTaskId(null)}
          />
        </Paper>
      )}
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
