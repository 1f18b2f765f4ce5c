import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { calendarDaysBetween, deadlineDay, formatDay, formatLocalDateTime, provinceToday } from '../format/local-date-time';
import { dueState } from './due-state';

interface Props {
  dueAt: string;
  dueAtLocal: string;
  startsAt: string;
  overdue: boolean;
}

/** Date, a phrase in days, and a tag in words (never colour alone): Quá hạn red, Sắp đến hạn amber, Trong hạn neutral. */
export function DueDateCell({ dueAt, dueAtLocal, startsAt, overdue }: Props) {
  const { t } = useTranslation();
  const { day, endOfDay } = deadlineDay(dueAtLocal);
  const days = calendarDaysBetween(provinceToday(), day);
  const state = dueState({ dueAt, startsAt, overdue });
  const phrase = overdue ? t('due.overdueDays', { count: Math.max(1, -days) }) : days === 0 ? t('due.today') : t('due.daysLeft', { count: days });
  const tag = {
    overdue: { label: t('due.tagOverdue'), color: 'red.9' },
    atRisk: { label: t('due.tagAtRisk'), color: 'yellow.4' },
    onTime: { label: t('due.tagOnTime'), color: 'gray.2' },
  }[state];
  return (
    <Group gap="xs" wrap="wrap">
      <Text size="sm">{endOfDay ? t('due.endOfDay', { date: formatDay(day) }) : formatLocalDateTime(dueAtLocal)}</Text>
      <Text size="sm">{phrase}</Text>
      <Badge color={tag.color} autoContrast radius="sm" tt="none">
        {tag.label}
      </Badge>
    </Group>
  );
}
