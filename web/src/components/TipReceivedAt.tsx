import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatLocalDateTime } from '../format/local-date-time';

/**
 * When a tip was received, and, for one registered long after (more than LATE_REGISTRATION_HOURS), how late — said
 * in words beside it, since the urgent decision's 2 hours only start at registration.
 */
export function TipReceivedAt({ receivedAtLocal, delayHours }: { receivedAtLocal: string; delayHours: number | null | undefined }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} align="flex-start">
      <Text size="sm">{formatLocalDateTime(receivedAtLocal)}</Text>
      {delayHours !== null && delayHours !== undefined && (
        <Badge color="yellow.4" autoContrast radius="sm" tt="none" data-testid="registered-late">
          {t('dutyDesk.registeredLate', { hours: delayHours })}
        </Badge>
      )}
    </Stack>
  );
}
