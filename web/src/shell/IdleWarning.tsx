import { Button, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useIdleLogout } from './use-idle-logout';

/** The idle sign-out's warning: a dialog counting down, with the one button that keeps the session. */
export function IdleWarning() {
  const { t } = useTranslation();
  const { secondsLeft, keepWorking } = useIdleLogout();
  return (
    <Modal opened={secondsLeft !== null} onClose={keepWorking} title={t('shell.idleTitle')} centered withCloseButton={false}>
      <Stack>
        <Text role="timer" aria-live="off">
          {t('shell.idleText', { seconds: secondsLeft ?? 0 })}
        </Text>
        <Button onClick={keepWorking} data-autofocus>
          {t('shell.idleContinue')}
        </Button>
      </Stack>
    </Modal>
  );
}
