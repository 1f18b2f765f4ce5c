import { Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type Schemas, unwrap } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { WorkSubject } from '../../components/WorkSubject';
import { serverFieldErrors } from '../../components/server-field-errors';
import { formatInstant } from '../../format/local-date-time';
import { useAgencyName } from '../../session/use-agencies';
import { useLabels } from '../../session/use-labels';
import { useFormatDeadline } from '../../format/use-format-deadline';
import { useLegalBasis } from '../../session/use-legal-basis';
import { taskKeys } from './query-keys';

type Task = Schemas['TaskListItemDto'];
/** An extension request as the task carries it, with what the reader may do on it. */
type PendingExtension = Schemas['ExtensionDto'];
interface Decided {
  task: Task;
  extension: PendingExtension;
  approved: boolean;
  dueAtLocal: string;
}

const pendingOf = (task: Task) => task.extensions.find((e) => e.status === 'PENDING');

/** Chờ phê duyệt: the extension requests the head's agency must decide; decided ones stay on screen with their status. */
export function ApprovalsScreen() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [decided, setDecided] = useState<Decided[]>([]);
  const pending = useQuery({
    queryKey: taskKeys.extensionPending(),
    queryFn: async () => unwrap(await api.GET('/tasks', { params: { query: { extensionPending: true, limit: 200 } } })),
  });
  const cards = (pending.data ?? []).flatMap((task) => {
    const extension = pendingOf(task);
    return extension && !decided.some((d) => d.extension.extensionId === extension.extensionId) ? [{ task, extension }] : [];
  });
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('approvals.title')}
      </Title>
      <Text>{t('approvals.intro')}</Text>
      <SimpleGrid cols={{ base: 1, lg: 2 }} aria-busy={pending.isPending} data-testid="approvals">
        {decided.map((d) => (
          <ApprovalCard key={d.extension.extensionId} task={d.task} extension={d.extension} decided={d} />
        ))}
        {cards.map(({ task, extension }) => (
          <ApprovalCard
            key={extension.extensionId}
            task={task}
            extension={extension}
            onDecided={(result) => {
              setDecided((current) => [result, ...current]);
              void queryClient.invalidateQueries({ queryKey: taskKeys.all });
            }}
          />
        ))}
      </SimpleGrid>
      {pending.isSuccess && cards.length === 0 && decided.length === 0 && <Text>{t('approvals.empty')}</Text>}
    </Stack>
  );
}

interface CardProps {
  task: Task;
  extension: PendingExtension;
  decided?: Decided;
  onDecided?(result: Decided): void;
}

function ApprovalCard({ task, extension, decided, onDecided }: CardProps) {
  const legalBasis = useLegalBasis();
  const { t, i18n } = useTranslation();
  const label = useLabels();
  const agencyName = useAgencyName();
  const deadline = useFormatDeadline();
  const [note, setNote] = useState('');
  const idPrefix = `decision-${extension.extensionId}`;
  const decide = useMutation({
    mutationFn: async (approve: boolean) =>
      unwrap(
        await api.POST('/tasks/{id}/extensions/{extensionId}/decision', {
          params: { path: { id: task.id, extensionId: extension.extensionId } },
          body: { approve, ...(note.trim() ? { note: note.trim() } : {}) },
        }),
      ),
    onSuccess: (after, approve) => onDecided?.({ task, extension, approved: approve, dueAtLocal: after.dueAtLocal }),
  });
  const title = i18n.language === 'en' ? task.titleEn : task.titleVi;
  const headingId = `${idPrefix}-title`;
  const status = decided ? (decided.approved ? 'approved' : 'refused') : 'pending';
  // Mantine's green.9 gives white text below 4.5:1: a darker green keeps the tag readable.
  const tag = { pending: 'yellow.4', approved: '#1e5f2c', refused: 'red.9' }[status];
  const next = task.extensionAllowance?.next;
  const rows: Array<[string, string]> = [
    [t('approvals.requester'), extension.requesterName ?? t('approvals.unknownRequester')],
    [t('approvals.process'), label('processKinds', task.processType)],
    [t('approvals.agency'), agencyName(task.agencyCode)],
    [t('approvals.requestedAt'), formatInstant(extension.requestedAt)],
    [t('approvals.reason'), extension.reason ?? ''],
    [t('approvals.currentDue'), deadline(task.dueAtLocal)],
    [
      t('approvals.asked'),
      t('approvals.askedValue', {
        amount: extension.additional?.amount,
        unit: extension.additional ? label('durationUnits', extension.additional.unit) : '',
        date: deadline(extension.requestedDueAt, true),
      }),
    ],
  ];
  // What this extension may reach by law (its cap from the current deadline, rolled over), not the overall ceiling.
  if (next) rows.push([t('approvals.legalMax'), deadline(next.latestThisExtensionAtLocal)], [t('approvals.basis'), legalBasis(next)]);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId} data-extension-id={extension.extensionId} data-status={status}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h4" id={headingId}>
            {t('approvals.card', { title })}
          </Title>
          <Badge color={tag} autoContrast radius="sm" tt="none">
            {t(`approvals.${status}`)}
          </Badge>
        </Group>
        <WorkSubject subject={task.subject} />
        <Table variant="vertical" layout="fixed" withTableBorder>
          <Table.Tbody>
            {rows.map(([name, value]) => (
              <Table.Tr key={name}>
                <Table.Th w="40%" scope="row">
                  {name}
                </Table.Th>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {/* Decided by the server's word on this request (its `allowedActions`), never by the reader's role or agency. */}
        {decided ? (
          <Text role="status">
            {decided.approved ? t('approvals.decidedApproved', { date: deadline(decided.dueAtLocal) }) : t('approvals.decidedRefused')}
          </Text>
        ) : (
          extension.allowedActions.includes('DECIDE') && (
            <>
              {decide.error instanceof ApiError && <ErrorSummary errors={serverFieldErrors(decide.error.body)} idPrefix={idPrefix} />}
              <Textarea
                id={`${idPrefix}-note`}
                label={t('approvals.comment')}
                autosize
                minRows={2}
                value={note}
                onChange={(event) => setNote(event.currentTarget.value)}
              />
              <Group justify="flex-end">
                <Button variant="default" loading={decide.isPending && decide.variables === false} onClick={() => decide.mutate(false)}>
                  {t('approvals.refuse')}
                </Button>
                <Button loading={decide.isPending && decide.variables === true} onClick={() => decide.mutate(true)}>
                  {t('approvals.approve')}
                </Button>
              </Group>
            </>
          )
        )}
      </Stack>
    </Paper>
  );
}
