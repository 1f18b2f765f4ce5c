import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';
import { calendarDaysBetween, deadlineDay, provinceToday } from '../format/local-date-time';
import { useFormatDeadline } from '../format/use-format-deadline';

interface Props {
  /** The API's task: its deadline and the due state the server gives (the web computes none). */
  task: Pick<Schemas['TaskDto'], 'dueAtLocal' | 'dueState'>;
}

const TAGS = {
  OVERDUE: { key: 'due.tagOverdue', color: 'red.9' },
  AT_RISK: { key: 'due.tagAtRisk', color: 'yellow.4' },
  ON_TIME: { key: 'due.tagOnTime', color: 'gray.2' },
  PAUSED: { key: 'due.tagPaused', color: 'blue.1' },
} as const;

/**
 * Date, a phrase in days, and a tag in words (never colour alone): Quá hạn red, Sắp đến hạn amber, Trong hạn neutral,
 * Tạm dừng blue with no days left (a paused task's count is not running down for the officer). A closed task: the date.
 */
export function DueDateCell({ task }: Props) {
  const { t } = useTranslation();
  const deadline = useFormatDeadline();
  const state = task.dueState;
  const days = calendarDaysBetween(provinceToday(), deadlineDay(task.dueAtLocal).day);
  const phrase =
    state === 'OVERDUE'
      ? t('due.overdueDays', { count: Math.max(1, -days) })
      : state === 'PAUSED' || !state
        ? null
        : days === 0
          ? t('due.today')
          : t('due.daysLeft', { count: days });
  const tag = state ? TAGS[state] : null;
  return (
    <Group gap="xs" wrap="wrap" data-due-state={state ?? undefined}>
      <Text size="sm">{deadline(task.dueAtLocal)}</Text>
      {phrase && <Text size="sm">{phrase}</Text>}
      {tag && (
        <Badge color={tag.color} autoContrast radius="sm" tt="none">
          {t(tag.key)}
        </Badge>
      )}
    </Group>
  );
}
