import { Loader } from '@mantine/core';
import { createRootRouteWithContext, createRoute, Outlet } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { AgenciesScreen } from '../screens/admin/AgenciesScreen';
import { CalendarScreen } from '../screens/admin/CalendarScreen';
import { CatalogueScreen } from '../screens/admin/CatalogueScreen';
import { UsersScreen } from '../screens/admin/UsersScreen';
import { AuditScreen } from '../screens/audit/AuditScreen';
import { CasePageScreen } from '../screens/CasePageScreen';
import { CasePrintScreen } from '../screens/CasePrintScreen';
import { DutyDeskScreen } from '../screens/DutyDeskScreen';
import { EscalationsScreen } from '../screens/EscalationsScreen';
import { ApprovalsScreen } from '../screens/inbox/ApprovalsScreen';
import { InboxScreen } from '../screens/InboxScreen';
import { CasesListScreen } from '../screens/lists/CasesListScreen';
import { TasksListScreen } from '../screens/lists/TasksListScreen';
import { TipsListScreen } from '../screens/lists/TipsListScreen';
import { Shell } from '../screens/Shell';
import { TipPageScreen } from '../screens/TipPageScreen';
import type { ScreenPath } from '../session/screens-for';
import { useSignedInMe } from '../session/use-signed-in-me';
import { requireScreen } from './guard';
import { toLanding } from './landing';
import type { RouterContext } from './router-context';
import { validateCasesSearch } from './search/cases-search';
import { validateInboxSearch } from './search/inbox-search';
import { validateTasksSearch } from './search/tasks-search';
import { validateTipsSearch } from './search/tips-search';
import './static-data';

// The dashboard (charts, date inputs) loads when first opened: the other roles never fetch it.
const DashboardScreen = lazy(() => import('../screens/dashboard/DashboardScreen').then((module) => ({ default: module.DashboardScreen })));

const rootRoute = createRootRouteWithContext<RouterContext>()({ component: Outlet });

/** Every screen but the printable case sits in the shell: header, navigation by role, live updates. */
const shellRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'shell',
  component: function ShellLayout() {
    const me = useSignedInMe();
    return (
      <Shell me={me}>
        <Outlet />
      </Shell>
    );
  },
});

/** A screen of the navigation: its own path, shown to the roles screensFor gives it. */
const screen = <P extends ScreenPath>(path: P) => ({
  getParentRoute: () => shellRoute,
  path,
  beforeLoad: ({ context }: { context: RouterContext }) => requireScreen(context.me, path),
  staticData: { nav: [path] },
});

const indexRoute = createRoute({ getParentRoute: () => shellRoute, path: '/', beforeLoad: ({ context }) => toLanding(context.me) });
// An address the app does not know: the role's landing screen, as `/`.
const unknownRoute = createRoute({ getParentRoute: () => shellRoute, path: '$', beforeLoad: ({ context }) => toLanding(context.me) });

const dutyDeskRoute = createRoute({ ...screen('/duty-desk'), component: DutyDeskScreen });
const inboxRoute = createRoute({
  ...screen('/inbox'),
  validateSearch: validateInboxSearch,
  component: function Inbox() {
    return <InboxScreen me={useSignedInMe()} />;
  },
});
const escalationsRoute = createRoute({ ...screen('/escalations'), component: EscalationsScreen });
const approvalsRoute = createRoute({ ...screen('/approvals'), component: ApprovalsScreen });
const dashboardRoute = createRoute({
  ...screen('/dashboard'),
  component: function Dashboard() {
    const { t } = useTranslation();
    return (
      <Suspense fallback={<Loader role="status" aria-label={t('common.loading')} />}>
        <DashboardScreen />
      </Suspense>
    );
  },
});
const tasksRoute = createRoute({
  ...screen('/tasks'),
  validateSearch: validateTasksSearch,
  component: function Tasks() {
    return <TasksListScreen me={useSignedInMe()} />;
  },
});
const casesRoute = createRoute({
  ...screen('/cases'),
  validateSearch: validateCasesSearch,
  component: function Cases() {
    return <CasesListScreen me={useSignedInMe()} />;
  },
});
const tipsRoute = createRoute({ ...screen('/tips'), validateSearch: validateTipsSearch, component: TipsListScreen });

// A case page is reached from a list, under the cases list in the navigation; whoever works cases may open one (the
// server decides what this reader gets).
const caseRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/case/$reference',
  beforeLoad: ({ context }) => requireScreen(context.me, '/cases'),
  staticData: { nav: ['/cases'] },
  component: function Case() {
    const { reference } = caseRoute.useParams();
    return <CasePageScreen reference={reference} />;
  },
});
const tipRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/tip/$reference',
  beforeLoad: ({ context }) => requireScreen(context.me, '/cases'),
  staticData: { nav: ['/tips', '/cases'] },
  component: function Tip() {
    return <TipPageScreen reference={tipRoute.useParams().reference} />;
  },
});

const usersRoute = createRoute({
  ...screen('/admin/users'),
  component: function Users() {
    return <UsersScreen me={useSignedInMe()} />;
  },
});
const agenciesRoute = createRoute({ ...screen('/admin/agencies'), component: AgenciesScreen });
const catalogueRoute = createRoute({ ...screen('/admin/catalogue'), component: CatalogueScreen });
const calendarRoute = createRoute({ ...screen('/admin/calendar'), component: CalendarScreen });
const auditRoute = createRoute({ ...screen('/audit'), component: AuditScreen });

// The case's printable document stands alone: no navigation around it.
const casePrintRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/case/$reference/print',
  beforeLoad: ({ context }) => requireScreen(context.me, '/cases'),
  component: function CasePrint() {
    return <CasePrintScreen reference={casePrintRoute.useParams().reference} me={useSignedInMe()} />;
  },
});

/** Every address of the web app, typed: paths, path params and each list's search params. */
export const routeTree = rootRoute.addChildren([
  shellRoute.addChildren([
    indexRoute,
    dutyDeskRoute,
    inboxRoute,
    escalationsRoute,
    approvalsRoute,
    dashboardRoute,
    tasksRoute,
    casesRoute,
    tipsRoute,
    caseRoute,
    tipRoute,
    usersRoute,
    agenciesRoute,
    catalogueRoute,
    calendarRoute,
    auditRoute,
    unknownRoute,
  ]),
  casePrintRoute,
]);
