import { Anchor, AppShell, Burger, Button, Group, NavLink, Text, Title } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMatches, useMatchRoute, useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { type ScreenPath, screensFor } from '../session/screens-for';
import type { Me } from '../session/use-me';
import { IdleWarning } from '../shell/IdleWarning';
import { LiveUpdates } from '../shell/LiveUpdates';
import { lockScreen } from '../shell/lock-screen';
import { PrintFooter } from '../shell/PrintFooter';
import { signOut } from '../shell/sign-out';
import { useAccountLanguage } from '../shell/use-account-language';
import { useLiveUpdates } from '../shell/use-live-updates';

const LABELS: Record<ScreenPath, string> = {
  '/duty-desk': 'shell.dutyDesk',
  '/inbox': 'shell.inbox',
  '/escalations': 'escalations.nav',
  '/approvals': 'approvals.nav',
  '/dashboard': 'dashboard.title',
  '/tasks': 'lists.nav.tasks',
  '/cases': 'lists.nav.cases',
  '/tips': 'lists.nav.tips',
  '/admin/users': 'admin.nav.users',
  '/admin/agencies': 'admin.nav.agencies',
  '/admin/catalogue': 'admin.nav.catalogue',
  '/admin/calendar': 'admin.nav.calendar',
  '/audit': 'audit.nav',
};

interface Props {
  me: Me;
  children: ReactNode;
}

/**
 * Header with who is signed in, the language switch, the lock and sign-out buttons; navigation by role from GET /me
 * (behind a burger on a phone); live updates, the idle sign-out and the print footer for every screen.
 */
export function Shell({ me, children }: Props) {
  const { t, i18n } = useTranslation();
  const screens = screensFor(me);
  const navigate = useNavigate();
  const matchRoute = useMatchRoute();
  // The entry the shown route sits under (its `staticData.nav`): the first of them this role sees.
  const nav = useMatches({ select: (matches) => matches.at(-1)?.staticData.nav });
  const active = nav?.find((screen) => screens.includes(screen));
  const queryClient = useQueryClient();
  const [menuOpen, menu] = useDisclosure(false);
  // Below `sm` the closed navigation only slides off-screen: hide it, so its links take no keyboard focus either.
  const phone = useMediaQuery('(max-width: 47.99em)');
  useAccountLanguage(me);
  const updates = useLiveUpdates(me.permissions.includes('events:read'));
  // Whatever the server answered, nothing of this session stays in the page.
  const logout = useMutation({ mutationFn: () => signOut(queryClient) });
  const agency = i18n.language === 'en' ? me.agency.nameEn : me.agency.nameVi;
  return (
    <AppShell header={{ height: { base: 92, sm: 64 } }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !menuOpen } }} padding="md">
      <AppShell.Header>
        <Anchor href="#main" className="skip-link">
          {t('app.skipToContent')}
        </Anchor>
        <Group h="100%" px={{ base: 'xs', sm: 'md' }} justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger
              opened={menuOpen}
              onClick={menu.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={menuOpen ? t('shell.closeMenu') : t('shell.openMenu')}
              aria-expanded={menuOpen}
              aria-controls="main-navigation"
            />
            <Title order={2} size="h4" className="shell-title">
              {t('app.title')}
            </Title>
          </Group>
          {/* On a phone the buttons wrap onto a second line of the (taller) header rather than run off the screen. */}
          <Group gap={6} wrap="wrap" justify="flex-end" style={{ minWidth: 0 }} className="shell-actions">
            {/* Agency names run long in Vietnamese: cut to one line here, whole in the tooltip. */}
            <Text size="sm" visibleFrom="md" truncate="end" title={t('shell.signedInAs', { name: me.displayName, agency })}>
              {t('shell.signedInAs', { name: me.displayName, agency })}
            </Text>
            <LanguageSwitch />
            <Button variant="default" size="xs" className="shell-button" onClick={() => void lockScreen(queryClient, me)}>
              {t('shell.lock')}
            </Button>
            <Button variant="default" size="xs" className="shell-button" onClick={() => logout.mutate()} loading={logout.isPending}>
              {t('shell.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar
        p="xs"
        component="nav"
        id="main-navigation"
        aria-label={t('shell.navigation')}
        style={{ visibility: phone && !menuOpen ? 'hidden' : undefined }}
      >
        {screens.map((screen) => (
          <NavLink
            key={screen}
            href={screen}
            label={t(LABELS[screen])}
            active={active === screen}
            aria-current={active === screen ? 'page' : undefined}
            onClick={(event) => {
              event.preventDefault();
              menu.close();
              // The screen already shown keeps its address, filters included.
              if (!matchRoute({ to: screen })) void navigate({ to: screen });
            }}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main" component="main">
        <LiveUpdates updates={updates} />
        {screens.length === 0 ? <Text>{t('shell.noScreen')}</Text> : children}
        <PrintFooter name={me.displayName} />
      </AppShell.Main>
      <IdleWarning />
    </AppShell>
  );
}
