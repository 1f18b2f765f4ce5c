import { Center, Loader } from '@mantine/core';
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AgenciesScreen } from './screens/admin/AgenciesScreen';
import { CalendarScreen } from './screens/admin/CalendarScreen';
import { CatalogueScreen } from './screens/admin/CatalogueScreen';
import { UsersScreen } from './screens/admin/UsersScreen';
import { AuditScreen } from './screens/audit/AuditScreen';
import { ChangePasswordScreen } from './screens/ChangePasswordScreen';
import { CasePageScreen } from './screens/CasePageScreen';
import { CasePrintScreen } from './screens/CasePrintScreen';
import { DutyDeskScreen } from './screens/DutyDeskScreen';
import { TipPageScreen } from './screens/TipPageScreen';
import { EscalationsScreen } from './screens/EscalationsScreen';
import { InboxScreen } from './screens/InboxScreen';
import { ApprovalsScreen } from './screens/inbox/ApprovalsScreen';
import { CasesListScreen } from './screens/lists/CasesListScreen';
import { TasksListScreen } from './screens/lists/TasksListScreen';
import { TipsListScreen } from './screens/lists/TipsListScreen';
import { LoginScreen } from './screens/LoginScreen';
import { Shell } from './screens/Shell';
import { screensFor } from './session/screens-for';
import { useMe } from './session/use-me';
import { usePath } from './session/use-path';

// The dashboard (charts, date inputs) loads when first opened: the other roles never fetch it.
const DashboardScreen = lazy(() => import('./screens/dashboard/DashboardScreen').then((module) => ({ default: module.DashboardScreen })));

export function App() {
  const { t } = useTranslation();
  const me = useMe();
  const [path, navigate] = usePath();
  const screens = me.data ? screensFor(me.data) : [];
  const landing = screens[0];
  // A case page is reached from a list, under the cases list in the navigation (/case/<reference>: /cases/<reference> is the API's
  // JSON, and a reload must get the app).
  const caseReference = /^\/case\/([^/]+)$/.exec(path)?.[1];
  const onCasePage = caseReference !== undefined && screens.includes('/cases');
  // A tip page (/tip/<reference>) opens for anyone who works cases; the server decides whether this reader gets the tip.
  const tipReference = /^\/tip\/([^/]+)$/.exec(path)?.[1];
  const onTipPage = tipReference !== undefined && screens.includes('/cases');
  // The case's printable document (/case/<reference>/print) stands alone: no navigation around it.
  const casePrintReference = /^\/case\/([^/]+)\/print$/.exec(path)?.[1];
  const onCasePrint = casePrintReference !== undefined && screens.includes('/cases');
  const current = onCasePage || onTipPage || onCasePrint ? undefined : (screens.find((screen) => screen === path) ?? landing);

  useEffect(() => {
    if (me.data && current && path !== current) window.history.replaceState(null, '', current);
  }, [me.data, current, path]);

  if (me.isPending)
    return (
      <Center component="main" mih="100vh">
        <Loader role="status" aria-label={t('common.loading')} />
      </Center>
    );
  if (!me.data) return <LoginScreen />;
  if (me.data.mustChangePassword) return <ChangePasswordScreen />;
  if (onCasePrint) return <CasePrintScreen reference={decodeURIComponent(casePrintReference)} me={me.data} />;
  return (
    <Shell
      me={me.data}
      screens={screens}
      path={onTipPage && screens.includes('/tips') ? '/tips' : onCasePage || onTipPage ? '/cases' : (current ?? path)}
      navigate={navigate}
    >
      {onCasePage && <CasePageScreen reference={decodeURIComponent(caseReference)} />}
      {onTipPage && <TipPageScreen reference={decodeURIComponent(tipReference)} />}
      {current === '/duty-desk' && <DutyDeskScreen />}
      {current === '/inbox' && <InboxScreen me={me.data} />}
      {current === '/dashboard' && (
        <Suspense fallback={<Loader role="status" aria-label={t('common.loading')} />}>
          <DashboardScreen />
        </Suspense>
      )}
      {current === '/escalations' && <EscalationsScreen />}
      {current === '/approvals' && <ApprovalsScreen />}
      {current === '/tasks' && <TasksListScreen me={me.data} />}
      {current === '/cases' && <CasesListScreen me={me.data} />}
      {current === '/tips' && <TipsListScreen />}
      {current === '/admin/users' && <UsersScreen me={me.data} />}
      {current === '/admin/agencies' && <AgenciesScreen />}
      {current === '/admin/catalogue' && <CatalogueScreen />}
      {current === '/admin/calendar' && <CalendarScreen />}
      {current === '/audit' && <AuditScreen />}
    </Shell>
  );
}
