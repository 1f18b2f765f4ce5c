import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../api/client';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { type LockedBy, setLockedBy } from './lock-store';
import { tellOtherTabs } from './session-channel';

/** The locked screen: the same account's password signs in again; anyone else signs in from the start. */
export function LockScreen({ lockedBy }: { lockedBy: LockedBy }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [password, setPassword] = useState('');
  const unlock = useMutation({
    mutationFn: async () => unwrap(await api.POST('/auth/web/login', { body: { username: lockedBy.username, password } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['me'] });
      setLockedBy(null);
      tellOtherTabs({ type: 'unlocked' });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    unlock.mutate();
  };
  const error = unlock.error instanceof ApiError && unlock.error.body.code !== 'UNAUTHENTICATED' ? unlock.error.body.message : t('login.failed');
  return (
    <Center component="main" mih="100vh" p="md">
      <Paper withBorder p="xl" w={420} maw="100%">
        <form onSubmit={submit}>
          <Stack>
            <Title order={1} size="h2">
              {t('shell.lockedTitle')}
            </Title>
            <LanguageSwitch />
            <Text>{t('shell.lockedText', { name: lockedBy.displayName })}</Text>
            {unlock.isError && (
              <Alert color="red.9" variant="outline" role="alert">
                {error}
              </Alert>
            )}
            <PasswordInput
              id="unlock-password"
              label={t('login.password')}
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
            />
            <Button type="submit" loading={unlock.isPending}>
              {t('shell.unlock')}
            </Button>
            <Button
              variant="subtle"
              onClick={() => {
                setLockedBy(null);
                window.location.assign('/');
              }}
            >
              {t('shell.otherUser')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
