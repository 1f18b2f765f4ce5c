import { Center, Loader } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AgenciesScreen } from './screens/admin/AgenciesScreen';
import { CalendarScreen } from './screens/admin/CalendarScreen';
import { CatalogueScreen } from './screens/admin/CatalogueScreen';
import { UsersScreen } from './screens/admin/UsersScreen';
import { ChangePasswordScreen } from './screens/ChangePasswordScreen';
import { CasePageScreen } from './screens/CasePageScreen';
import { DashboardScreen } from './screens/dashboard/DashboardScreen';
import { DutyDeskScreen } from './screens/DutyDeskScreen';
import { EscalationsScreen } from './screens/EscalationsScreen';
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
  // A case page is reached from a list, under the duty desk in the navigation (/case/<reference>: /cases/<reference> is the API's
  // JSON, and a reload must get the app).
  const caseReference = /^\/case\/([^/]+)$/.exec(path)?.[1];
  const onCasePage = caseReference !== undefined && screens.includes('/duty-desk');
  const current = onCasePage ? undefined : (screens.find((screen) => screen === path) ?? landing);

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
    <Shell me={me.data} screens={screens} path={onCasePage ? '/duty-desk' : (current ?? path)} navigate={navigate}>
      {onCasePage && <CasePageScreen reference={decodeURIComponent(caseReference)} coordinator={me.data.roles.includes('COORDINATOR')} />}
      {current === '/duty-desk' && <DutyDeskScreen />}
      {current === '/inbox' && <InboxScreen me={me.data} />}
      {current === '/dashboard' && <DashboardScreen />}
      {current === '/escalations' && <EscalationsScreen />}
      {current === '/admin/users' && <UsersScreen me={me.data} />}
      {current === '/admin/agencies' && <AgenciesScreen />}
      {current === '/admin/catalogue' && <CatalogueScreen />}
      {current === '/admin/calendar' && <CalendarScreen />}
    </Shell>
  );
}
