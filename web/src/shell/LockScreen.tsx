import { Alert, Button, PasswordInput, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { SignInCard } from '../components/SignInCard';
import { useSignIn } from '../session/use-sign-in';
import { type LockedBy, setLockedBy } from './lock-store';
import { tellOtherTabs } from './session-channel';

/** The locked screen: the same account's password signs in again; anyone else signs in from the start. */
export function LockScreen({ lockedBy }: { lockedBy: LockedBy }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const { signIn: unlock, error } = useSignIn(() => {
    setLockedBy(null);
    tellOtherTabs({ type: 'unlocked' });
  });
  return (
    <SignInCard onSubmit={() => unlock.mutate({ username: lockedBy.username, password })}>
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
    </SignInCard>
  );
}
