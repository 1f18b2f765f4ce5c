import { Button, Group, Paper, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LiveUpdates as Updates } from './use-live-updates';

/**
 * A polite live region: what arrived while the pointer was over the lists, and a button to show it. It floats at the
 * bottom of the window, so its appearing moves nothing under the pointer either.
 */
export function LiveUpdates({ updates }: { updates: Updates }) {
  const { t } = useTranslation();
  const waiting = updates.newTasks > 0 || updates.changes > 0;
  return (
    <div role="status" aria-live="polite" className="live-updates" data-live={updates.connected ? 'open' : 'closed'}>
      {waiting && (
        <Paper withBorder shadow="md" px="md" py="xs">
          <Group gap="sm" wrap="nowrap">
            <Text size="sm" fw={600}>
              {updates.newTasks > 0 ? t('shell.liveNew', { count: updates.newTasks }) : t('shell.liveChanged')}
            </Text>
            <Button size="xs" onClick={updates.refresh}>
              {t('shell.refreshNow')}
            </Button>
          </Group>
        </Paper>
      )}
      {!waiting && updates.applied > 0 && <VisuallyHidden>{t('shell.liveApplied')}</VisuallyHidden>}
    </div>
  );
}
