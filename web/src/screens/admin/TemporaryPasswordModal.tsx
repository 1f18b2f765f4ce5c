import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The temporary password, shown this once: the API keeps only its hash. */
export function TemporaryPasswordModal({ shown, onClose }: { shown: { username: string; password: string } | null; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={shown !== null}
      onClose={onClose}
      title={t('admin.users.temporaryTitle')}
      closeButtonProps={{ 'aria-label': t('admin.close') }}
      closeOnClickOutside={false}
    >
      {shown && (
        <Stack>
          <Alert color="orange.9" variant="outline" role="note">
            {t('admin.users.temporaryWarning')}
          </Alert>
          <Text>{t('admin.users.temporaryFor', { username: shown.username })}</Text>
          <Code block fz="lg" data-testid="temporary-password">
            {shown.password}
          </Code>
          <Group justify="space-between">
            <CopyButton value={shown.password}>
              {({ copied, copy }) => (
                <Button variant="default" onClick={copy} aria-live="polite">
                  {copied ? t('admin.users.copied') : t('admin.users.copy')}
                </Button>
              )}
            </CopyButton>
            <Button onClick={onClose}>{t('admin.users.done')}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
