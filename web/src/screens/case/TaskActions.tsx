import { Button, Group, Paper, Radio, Select, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type Schemas, unwrap } from '../../api/client';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { OutcomeForm } from '../../components/OutcomeForm';
import type { OutcomeJsonSchema } from '../../components/outcome-schema';
import { serverFieldErrors } from '../../components/server-field-errors';
import { formatInstant } from '../../format/local-date-time';
import { useAgencyName, useAgencyOptions } from '../../session/use-agencies';
import { useLabels } from '../../session/use-labels';
import { type Actor, extensionTier, grantedExtensions, pendingExtension } from './extension-view';
import { caseTaskActions, recordedOnCasePage } from './case-task-actions';
import { ReasonForm } from './ReasonForm';
import { isPaused } from '../inbox/paused';
import { useLegalBasis } from '../../session/use-legal-basis';
import { taskKeys } from '../inbox/query-keys';
import { caseKeys } from './query-keys';

type Task = Schemas['TaskDto'];
type Step = Schemas['StepDto'];
type Action = 'reassign' | 'clock' | 'cancel' | 'extension' | 'outcome';

/**
 * The signed-in person's actions on one open task of the case, each with its reason: only those the server lists in
 * the task's `allowedActions`; for an extension or a result that is someone else's to decide, the panel says whose.
 */
export function TaskActions({ task, step, onDone, onClose }: { task: Task; step: Step | undefined; onDone(message: string): void; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const agencyName = useAgencyName();
  const agencyOptions = useAgencyOptions();
  const label = useLabels();
  const pending = pendingExtension(task);
  const allowed = (action: Task['allowedActions'][number]) => task.allowedActions.includes(action);
  const onCasePage = recordedOnCasePage(task, step);
  const may = {
    ...caseTaskActions(task, step),
    // Who decides is the server's answer, by the rule the decision is checked with.
    extensionDecider: pending?.decider,
    outcomeRecorder: onCasePage && step && !allowed('COMPLETE') ? ({ agencyCode: task.agencyCode, roles: step.completerRoles } as Actor) : undefined,
  };
  const [action, setAction] = useState<Action | null>(pending && may.decideExtension ? 'extension' : null);
  const who = (actor: Actor) => ({
    role: actor.roles.map((role) => label('roles', role)).join(t('caseActions.roleOr')),
    agency: agencyName(actor.agencyCode),
  });
  const title = i18n.language === 'en' ? task.titleEn : task.titleVi;
  const path = { params: { path: { id: task.id } } };

  const mutation = useMutation({
    mutationFn: async ({ request }: { request: () => Promise<{ data?: unknown; error?: unknown; response: Response }>; message: string }) =>
      unwrap(await request()),
    onSuccess: (answer, { message }) => {
      // Said first: a task the action closed leaves the list, and this panel with it.
      onDone(message);
      // The lists are read from a projection that may lag the workflow's answer by a moment: show the answer now.
      const updated = answer as Task;
      const open = updated.status === 'OPEN' || updated.status === 'CLAIMED';
      queryClient.setQueriesData<Task[]>({ queryKey: taskKeys.ofCases() }, (list) =>
        list?.flatMap((item) => (item.id !== updated.id ? [item] : open ? [updated] : [])),
      );
      void queryClient.invalidateQueries({ queryKey: caseKeys.all });
    },
  });
  const run = (request: () => Promise<{ data?: unknown; error?: unknown; response: Response }>, message: string) =>
    mutation.mutate({ request, message });
  const choose = (next: Action) => {
    mutation.reset();
    setAction(next);
  };

  const actions: Array<{ key: Action; label: string }> = [
    ...(may.reassign ? [{ key: 'reassign' as const, label: t('caseActions.reassign') }] : []),
    ...(may.clock ? [{ key: 'clock' as const, label: isPaused(task) ? t('caseActions.resume') : t('caseActions.suspend') }] : []),
    ...(may.cancel ? [{ key: 'cancel' as const, label: t('caseActions.cancelTask') }] : []),
    ...(pending && may.decideExtension ? [{ key: 'extension' as const, label: t('caseActions.decideExtension') }] : []),
    ...(may.recordOutcome
      ? [
          {
            key: 'outcome' as const,
            label: task.externalPartyCode
              ? t('caseActions.recordReply', { party: agencyName(task.externalPartyCode) })
              : t('caseActions.recordOutcome'),
          },
        ]
      : []),
  ];

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="task-actions-title" data-testid="task-actions" data-task-id={task.id}>
      <Stack gap="sm">
        <Title order={3} size="h4" id="task-actions-title">
          {t('caseActions.taskTitle', { title, agency: agencyName(task.agencyCode) })}
        </Title>
        <Group gap="xs" role="group" aria-label={t('caseActions.chooseAction')}>
          {actions.map((item) => (
            <Button
              key={item.key}
              size="xs"
              variant={action === item.key ? 'filled' : 'default'}
              aria-pressed={action === item.key}
              onClick={() => choose(item.key)}
            >
              {item.label}
            </Button>
          ))}
          <Button size="xs" variant="subtle" onClick={onClose}>
            {t('caseActions.close')}
          </Button>
        </Group>
        {pending && !may.decideExtension && may.extensionDecider && (
          <Stack gap="xs" data-testid="extension-pending">
            <ExtensionRequest task={task} step={step} decider={may.extensionDecider} />
            <Text size="sm" fw={600} data-testid="extension-decider">
              {t('caseActions.extensionDecidedElsewhere', who(may.extensionDecider))}
            </Text>
          </Stack>
        )}
        {may.outcomeRecorder && (
          <Text size="sm" fw={600} data-testid="outcome-recorder">
            {task.externalPartyCode
              ? t('caseActions.replyRecordedElsewhere', { party: agencyName(task.externalPartyCode), ...who(may.outcomeRecorder) })
              : t('caseActions.outcomeRecordedElsewhere', who(may.outcomeRecorder))}
          </Text>
        )}
        {action === 'reassign' && (
          <ReassignForm
            key={task.id}
            current={agencyName(task.agencyCode)}
            options={agencyOptions((agency) => !agency.external && agency.code !== task.agencyCode)}
            pending={mutation.isPending}
            error={mutation.error}
            onSubmit={(agencyCode, reason) =>
              run(
                () => api.POST('/tasks/{id}/reassign', { ...path, body: { agencyCode, reason } }),
                t('caseActions.reassigned', { agency: agencyName(agencyCode) }),
              )
            }
          />
        )}
        {action === 'clock' && (
          <ReasonForm
            key={`clock-${task.id}`}
            idPrefix="clock"
            label={isPaused(task) ? t('caseActions.resumeReason') : t('caseActions.suspendReason')}
            submitLabel={isPaused(task) ? t('caseActions.resume') : t('caseActions.suspend')}
            pending={mutation.isPending}
            error={mutation.error}
            onSubmit={(reason) =>
              isPaused(task)
                ? run(() => api.POST('/tasks/{id}/resume', { ...path, body: { reason } }), t('caseActions.resumed'))
                : run(() => api.POST('/tasks/{id}/suspend', { ...path, body: { reason } }), t('caseActions.suspended'))
            }
          />
        )}
        {action === 'cancel' && (
          <ReasonForm
            key={`cancel-${task.id}`}
            idPrefix="cancel-task"
            label={t('caseActions.cancelTaskReason')}
            submitLabel={t('caseActions.cancelTask')}
            danger
            pending={mutation.isPending}
            error={mutation.error}
            onSubmit={(reason) => run(() => api.POST('/tasks/{id}/cancel', { ...path, body: { reason } }), t('caseActions.taskCancelled'))}
          />
        )}
        {action === 'extension' && pending && may.extensionDecider && (
          <ExtensionDecision
            key={pending.extensionId}
            task={task}
            step={step}
            decider={may.extensionDecider}
            pending={mutation.isPending}
            error={mutation.error}
            onSubmit={(approve, note) =>
              run(
                () =>
                  api.POST('/tasks/{id}/extensions/{extensionId}/decision', {
                    params: { path: { id: task.id, extensionId: pending.extensionId } },
                    body: { approve, ...(note ? { note } : {}) },
                  }),
                approve ? t('caseActions.extensionApproved') : t('caseActions.extensionRefused'),
              )
            }
          />
        )}
        {action === 'outcome' && step && (
          <OutcomeForm
            key={`outcome-${task.id}`}
            idPrefix="outcome"
            schema={step.outcomeSchema as unknown as OutcomeJsonSchema}
            serverErrors={mutation.error instanceof ApiError ? serverFieldErrors(mutation.error.body, 'outcome') : []}
            submitting={mutation.isPending}
            onSubmit={(outcome) => run(() => api.POST('/tasks/{id}/complete', { ...path, body: { outcome } }), t('caseActions.outcomeRecorded'))}
            onCancel={() => setAction(null)}
          />
        )}
        {action === null && <Text size="sm">{t('caseActions.chooseActionHint', { status: label('taskStatuses', task.status) })}</Text>}
      </Stack>
    </Paper>
  );
}

function ReassignForm({
  current,
  options,
  pending,
  error,
  onSubmit,
}: {
  current: string;
  options: Array<{ value: string; label: string }>;
  pending: boolean;
  error: unknown;
  onSubmit(agencyCode: string, reason: string): void;
}) {
  const { t } = useTranslation();
  const [agencyCode, setAgencyCode] = useState<string | null>(null);
  return (
    <ReasonForm
      idPrefix="reassign"
      label={t('caseActions.reassignReason')}
      submitLabel={t('caseActions.reassign')}
      pending={pending}
      error={error}
      check={() => (agencyCode ? [] : [{ field: 'agencyCode', message: `${t('caseActions.newAgency')}: ${t('validation.required')}` }])}
      onSubmit={(reason) => agencyCode && onSubmit(agencyCode, reason)}
    >
      {(errorOf) => (
        <Select
          id="reassign-agencyCode"
          label={t('caseActions.newAgency')}
          description={t('caseActions.currentAgency', { agency: current })}
          required
          searchable
          data={options}
          value={agencyCode}
          error={errorOf('agencyCode')}
          onChange={setAgencyCode}
        />
      )}
    </ReasonForm>
  );
}

/** A pending extension: what was asked against what the law allows, who decides, then approve or refuse with a comment. */
function ExtensionDecision({
  task,
  step,
  decider,
  pending,
  error,
  onSubmit,
}: {
  task: Task;
  step: Step | undefined;
  decider: Actor;
  pending: boolean;
  error: unknown;
  onSubmit(approve: boolean, note: string): void;
}) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<'' | 'approve' | 'refuse'>('');
  const [note, setNote] = useState('');
  const [browserErrors, setBrowserErrors] = useState<FieldError[]>([]);
  const errors = browserErrors.length ? browserErrors : error instanceof ApiError ? serverFieldErrors(error.body) : [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: FieldError[] = [];
    if (!decision) problems.push({ field: 'approve', message: `${t('caseActions.decision')}: ${t('validation.required')}` });
    if (decision === 'refuse' && note.trim().length < 3)
      problems.push({ field: 'note', message: `${t('caseActions.decisionNote')}: ${t('caseActions.reasonTooShort')}` });
    setBrowserErrors(problems);
    if (problems.length === 0) onSubmit(decision === 'approve', note.trim());
  };
  return (
    <form noValidate onSubmit={submit} data-testid="extension-decision">
      <Stack gap="sm">
        <ErrorSummary errors={errors} idPrefix="extension" />
        <ExtensionRequest task={task} step={step} decider={decider} />
        <Radio.Group
          id="extension-approve"
          label={t('caseActions.decision')}
          required
          value={decision}
          error={errors.find((e) => e.field === 'approve')?.message}
          onChange={(value) => setDecision(value as 'approve' | 'refuse')}
        >
          <Group mt="xs">
            <Radio value="approve" label={t('caseActions.approve')} />
            <Radio value="refuse" label={t('caseActions.refuse')} />
          </Group>
        </Radio.Group>
        <Textarea
          id="extension-note"
          label={t('caseActions.decisionNote')}
          autosize
          minRows={2}
          maxLength={4000}
          value={note}
          error={errors.find((e) => e.field === 'note')?.message}
          onChange={(event) => setNote(event.currentTarget.value)}
        />
        <Group>
          <Button type="submit" loading={pending}>
            {t('caseActions.saveDecision')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** What was asked against what the law allows, and who decides: read by the decider and by those who only follow it. */
function ExtensionRequest({ task, step, decider }: { task: Task; step: Step | undefined; decider: Actor }) {
  const legalBasis = useLegalBasis();
  const { t } = useTranslation();
  const label = useLabels();
  const agencyName = useAgencyName();
  const extension = pendingExtension(task)!;
  const tier = extensionTier(task, step, extension);
  const duration = (d: { amount: number; unit: string } | undefined) => (d ? `${d.amount} ${label('durationUnits', d.unit)}` : t('common.none'));
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <div>
        <Text size="sm">{t('caseActions.asked')}</Text>
        <Text fw={600} data-testid="extension-asked">
          {t('caseActions.askedValue', {
            duration: duration(extension.additional),
            from: formatInstant(extension.previousDueAt),
            to: formatInstant(extension.requestedDueAt),
          })}
        </Text>
        {extension.reason && <Text size="sm">{t('caseActions.askedReason', { reason: extension.reason })}</Text>}
      </div>
      <div>
        <Text size="sm">{t('caseActions.legalMaximum')}</Text>
        <Text fw={600} data-testid="extension-maximum">
          {tier
            ? t('caseActions.legalMaximumValue', {
                each: duration(tier.maxPerExtension),
                total: duration(tier.upToTotal),
                used: grantedExtensions(task),
                count: tier.maxCount ?? 1,
              })
            : t('common.none')}
        </Text>
        <Text size="sm">
          {t('caseActions.decidedBy', {
            role: decider.roles.map((role) => label('roles', role)).join(t('caseActions.roleOr')),
            agency: agencyName(decider.agencyCode),
          })}
          {tier?.legalBasis ? ` · ${legalBasis(tier)}` : ''}
        </Text>
      </div>
    </SimpleGrid>
  );
}
