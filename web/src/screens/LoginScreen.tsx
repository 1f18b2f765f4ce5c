import { Alert, Button, Group, PasswordInput, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { SignInCard } from '../components/SignInCard';
import { useSignIn } from '../session/use-sign-in';

export function LoginScreen() {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const { signIn: login, error } = useSignIn();
  // Set by the idle sign-out (shell/sign-out.ts): say why the session ended, once, until the next sign-in.
  const signedOutIdle = new URLSearchParams(window.location.search).get('signedOut') === 'idle';
  return (
    <SignInCard onSubmit={() => login.mutate({ username, password })}>
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
    </SignInCard>
  );
}
