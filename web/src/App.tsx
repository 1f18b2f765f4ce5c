import { Center, Loader } from '@mantine/core';
import { RouterProvider } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { router } from './router/router';
import { ChangePasswordScreen } from './screens/ChangePasswordScreen';
import { LoginScreen } from './screens/LoginScreen';
import { useMe } from './session/use-me';

/**
 * Sign-in and the forced password change come first, at whatever address was asked for; then the router shows that
 * address's screen, its guards knowing who is signed in.
 */
export function App() {
  const { t } = useTranslation();
  const me = useMe();
  // The roles the router's guards check: none until someone is signed in and past the forced password change.
  const roles = me.data && !me.data.mustChangePassword ? me.data.roles.join() : null;
  const seenRoles = useRef<string | null>(null);
  // Other roles than the guards last saw (a session signed in again): every guard is checked again. Not before the
  // router's first load, which RouterProvider starts itself with the context it is given.
  useEffect(() => {
    if (roles === null || seenRoles.current === roles) return;
    const firstLoad = seenRoles.current === null && router.state.matches.length === 0;
    seenRoles.current = roles;
    if (!firstLoad) void router.invalidate();
  }, [roles]);

  if (me.isPending)
    return (
      <Center component="main" mih="100vh">
        <Loader role="status" aria-label={t('common.loading')} />
      </Center>
    );
  if (!me.data) return <LoginScreen />;
  if (me.data.mustChangePassword) return <ChangePasswordScreen />;
  return <RouterProvider router={router} context={{ me: me.data }} />;
}
