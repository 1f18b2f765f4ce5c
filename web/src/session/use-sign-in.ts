import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../api/client';
import { sessionKeys } from './query-keys';

/**
 * Signing in with a user name and password (POST /auth/web/login), for the sign-in and the lock screen: on success
 * the account is read again, then `after` runs. `error` is what to show when it failed: the API's message, or for
 * wrong credentials one text that does not say which of the two was wrong.
 */
export function useSignIn(after?: () => void) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const signIn = useMutation({
    mutationFn: async (body: { username: string; password: string }) => unwrap(await api.POST('/auth/web/login', { body })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: sessionKeys.me });
      after?.();
    },
  });
  const error = signIn.error instanceof ApiError && signIn.error.body.code !== 'UNAUTHENTICATED' ? signIn.error.body.message : t('login.failed');
  return { signIn, error };
}
