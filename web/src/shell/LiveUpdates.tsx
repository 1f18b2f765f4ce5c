import { Button, Group, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LiveUpdates as Updates } from './use-live-updates';

/** A polite live region: what arrived while the pointer was over the lists, and a button to show it. */
export function LiveUpdates({ updates }: { updates: Updates }) {
  const { t } = useTranslation();
  const waiting = updates.newTasks > 0 || updates.changes > 0;
  return (
    <Group role="status" aria-live="polite" gap="xs" className="live-updates" data-live={updates.connected ? 'open' : 'closed'}>
      {waiting && (
        <>
          <Text size="sm" fw={600}>
            {updates.newTasks > 0 ? t('shell.liveNew', { count: updates.newTasks }) : t('shell.liveChanged')}
          </Text>
          <Button size="xs" variant="light" onClick={updates.refresh}>
            {t('shell.refreshNow')}
          </Button>
        </>
      )}
      {!waiting && updates.applied > 0 && <VisuallyHidden>{t('shell.liveApplied')}</VisuallyHidden>}
    </Group>
  );
}
