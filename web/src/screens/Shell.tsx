import { Anchor, AppShell, Button, Group, NavLink, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { LanguageSwitch } from '../components/LanguageSwitch';
import type { ScreenPath } from '../session/screens-for';
import type { Me } from '../session/use-me';

const LABELS: Record<ScreenPath, string> = {
  '/duty-desk': 'shell.dutyDesk',
  '/inbox': 'shell.inbox',
  '/escalations': 'escalations.nav',
  '/dashboard': 'dashboard.title',
  '/admin/users': 'admin.nav.users',
  '/admin/agencies': 'admin.nav.agencies',
  '/admin/catalogue': 'admin.nav.catalogue',
  '/admin/calendar': 'admin.nav.calendar',
};

interface Props {
  me: Me;
  screens: ScreenPath[];
  path: string;
  navigate(path: string): void;
  children: ReactNode;
}

/** Header with who is signed in, the language switch and sign-out; navigation by role from GET /me. */
export function Shell({ me, screens, path, navigate, children }: Props) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const logout = useMutation({
    mutationFn: () => api.POST('/auth/web/logout'),
    // Whatever the server answered, nothing of this session stays in the page.
    onSettled: () => {
      queryClient.clear();
      window.location.assign('/');
    },
  });
  const agency = i18n.language === 'en' ? me.agency.nameEn : me.agency.nameVi;
  return (
    <AppShell header={{ height: 64 }} navbar={{ width: 220, breakpoint: 'sm' }} padding="md">
      <AppShell.Header>
        <Anchor href="#main" className="skip-link">
          {t('app.skipToContent')}
        </Anchor>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Title order={2} size="h4" style={{ flexShrink: 0 }}>
            {t('app.title')}
          </Title>
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            {/* Agency names run long in Vietnamese: cut to one line here, whole in the tooltip. */}
            <Text size="sm" visibleFrom="md" truncate="end" title={t('shell.signedInAs', { name: me.displayName, agency })}>
              {t('shell.signedInAs', { name: me.displayName, agency })}
            </Text>
            <LanguageSwitch />
            <Button variant="default" size="xs" style={{ flexShrink: 0 }} onClick={() => logout.mutate()} loading={logout.isPending}>
              {t('shell.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('shell.navigation')}>
        {screens.map((screen) => (
          <NavLink
            key={screen}
            href={screen}
            label={t(LABELS[screen])}
            active={path === screen}
            aria-current={path === screen ? 'page' : undefined}
            onClick={(event) => {
              event.preventDefault();
              navigate(screen);
            }}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main" component="main">
        {screens.length === 0 ? <Text>{t('shell.noScreen')}</Text> : children}
      </AppShell.Main>
    </AppShell>
  );
}
