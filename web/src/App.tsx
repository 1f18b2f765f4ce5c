import { Center, Loader } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangePasswordScreen } from './screens/ChangePasswordScreen';
import { DashboardScreen } from './screens/dashboard/DashboardScreen';
import { DutyDeskScreen } from './screens/DutyDeskScreen';
import { InboxScreen } from './screens/InboxScreen';
import { LoginScreen } from './screens/LoginScreen';
import { Shell } from './screens/Shell';
import { screensFor } from './session/screens-for';
import { useMe } from './session/use-me';
import { usePath } from './session/use-path';

export function App() {
  const { t } = useTranslation();
  const me = useMe();
  const [path, navigate] = usePath();
  const screens = me.data ? screensFor(me.data) : [];
  const landing = screens[0];
  const current = screens.find((screen) => screen === path) ?? landing;

  useEffect(() => {
    if (me.data && current && path !== current) window.history.replaceState(null, '', current);
  }, [me.data, current, path]);

  if (me.isPending)
    return (
      <Center component="main" mih="100vh">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  if (!me.data) return <LoginScreen />;
  if (me.data.mustChangePassword) return <ChangePasswordScreen />;
  return (
    <Shell me={me.data} screens={screens} path={current ?? path} navigate={navigate}>
      {current === '/duty-desk' && <DutyDeskScreen />}
      {current === '/inbox' && <InboxScreen me={me.data} />}
      {current === '/dashboard' && <DashboardScreen />}
    </Shell>
  );
}
