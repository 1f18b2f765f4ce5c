import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * A tip registered long after it was received (more than LATE_REGISTRATION_HOURS): said in words beside its receipt
 * time, since the urgent decision's 2 hours only start at registration.
 */
export function LateRegistrationBadge({ delayHours }: { delayHours: number | null | undefined }) {
  const { t } = useTranslation();
  if (delayHours === null || delayHours === undefined) return null;
  return (
    <Badge color="yellow.4" autoContrast radius="sm" tt="none" data-testid="registered-late">
      {t('dutyDesk.registeredLate', { hours: delayHours })}
    </Badge>
  );
}
