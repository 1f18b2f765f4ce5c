import { Button, Center, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../api/client';
import { ErrorSummary } from '../components/ErrorSummary';
import { serverFieldErrors } from '../components/server-field-errors';
import { sessionKeys } from '../session/query-keys';

/** Shown while the API answers PASSWORD_CHANGE_REQUIRED: after an administrator set or reset the password. */
export function ChangePasswordScreen() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNext] = useState('');
  const change = useMutation({
    mutationFn: async () => unwrap(await api.POST('/auth/change-password', { body: { currentPassword, newPassword } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKeys.me }),
  });
  const errors = change.error instanceof ApiError ? serverFieldErrors(change.error.body) : [];
  const errorOf = (field: string) => errors.find((error) => error.field === field)?.message;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.mutate();
  };
  return (
    <Center component="main" mih="100vh" p="md">
      <Paper withBorder p="xl" w={460} maw="100%">
        <form onSubmit={submit} noValidate>
          <Stack>
            <Title order={1} size="h2">
              {t('changePassword.title')}
            </Title>
            <Text>{t('changePassword.explain')}</Text>
            <ErrorSummary errors={errors} idPrefix="password" />
            <PasswordInput
              id="password-currentPassword"
              label={t('changePassword.current')}
              autoComplete="current-password"
              required
              value={currentPassword}
              error={errorOf('currentPassword')}
              onChange={(e) => setCurrent(e.currentTarget.value)}
            />
            <PasswordInput
              id="password-newPassword"
              label={t('changePassword.next')}
              autoComplete="new-password"
              required
              value={newPassword}
              error={errorOf('newPassword')}
              onChange={(e) => setNext(e.currentTarget.value)}
            />
            <Button type="submit" loading={change.isPending}>
              {t('changePassword.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
