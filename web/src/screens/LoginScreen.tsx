import { Alert, Button, Center, Group, Paper, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../api/client';
import { LanguageSwitch } from '../components/LanguageSwitch';

export function LoginScreen() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const login = useMutation({
    mutationFn: async () => unwrap(await api.POST('/auth/web/login', { body: { username, password } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['me'] }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate();
  };
  // Set by the idle sign-out (shell/sign-out.ts): say why the session ended, once, until the next sign-in.
  const signedOutIdle = new URLSearchParams(window.location.search).get('signedOut') === 'idle';
  const error = login.error instanceof ApiError && login.error.body.code !== 'UNAUTHENTICATED' ? login.error.body.message : t('login.failed');
  return (
    <Center component="main" mih="100vh" p="md">
      <Paper withBorder p="xl" w={420} maw="100%">
        <form onSubmit={submit}>
          <Stack>
            <Group justify="space-between">
              <Title order={1} size="h2">
                {t('login.title')}
              </Title>
              <LanguageSwitch />
            </Group>
            {signedOutIdle && !login.isError && (
              <Alert color="blue.9" variant="outline" role="status">
                {t('login.signedOutIdle')}
              </Alert>
            )}
            {login.isError && (
              <Alert color="red.9" variant="outline" role="alert">
                {error}
              </Alert>
            )}
            <TextInput
              id="login-username"
              label={t('login.username')}
              autoComplete="username"
              required
              value={username}
              onChange={(e) => setUsername(e.currentTarget.value)}
            />
            <PasswordInput
              id="login-password"
              label={t('login.password')}
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
            />
            <Button type="submit" loading={login.isPending}>
              {t('login.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
