import { Alert, Button, Group, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type Schemas, unwrap } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { serverFieldErrors } from '../../components/server-field-errors';
import { useLabels } from '../../session/use-labels';
import type { Me } from '../../session/use-me';
import { ConfirmModal } from './ConfirmModal';
import { PendingGrants } from './PendingGrants';
import { type Role, ROLES } from './roles';
import { TemporaryPasswordModal } from './TemporaryPasswordModal';
import { useAgencies } from '../../session/use-agencies';
import { UserFormModal } from './UserFormModal';
import { ScrollRegion } from '../../components/ScrollRegion';
import { userKeys } from './query-keys';

type User = Schemas['UserDto'];
type Action = 'deactivate' | 'reactivate' | 'reset';
interface Filters {
  q?: string;
  agencyCode?: string;
  role?: Role;
  active?: boolean;
}

/** Accounts: search and filters, cursor pages, create and edit, deactivate and reactivate, password reset. */
export function UsersScreen({ me }: { me: Me }) {
  const { t } = useTranslation();
  const label = useLabels();
  const queryClient = useQueryClient();
  const { name, options } = useAgencies(0);
  const [q, setQ] = useState('');
  const [filters, setFilters] = useState<Filters>({});
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [pending, setPending] = useState<{ user: User; action: Action } | null>(null);
  const [temporary, setTemporary] = useState<{ username: string; password: string } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const users = useInfiniteQuery({
    queryKey: userKeys.list(filters),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) => {
      const result = await api.GET('/users', { params: { query: { ...filters, limit: 50, cursor: pageParam } } });
      const total = result.response.headers.get('X-Total-Count');
      return { items: unwrap(result), next: result.response.headers.get('X-Next-Cursor') ?? undefined, total: total === null ? null : Number(total) };
    },
    getNextPageParam: (last) => last.next,
  });
  const act = useMutation({
    mutationFn: async ({ user, action }: { user: User; action: Action }) => {
      const path = { params: { path: { id: user.id } } };
      if (action === 'reset') return unwrap(await api.POST('/users/{id}/reset-password', path));
      return unwrap(await api.POST(action === 'deactivate' ? '/users/{id}/deactivate' : '/users/{id}/reactivate', path));
    },
    onSuccess: (result, { user, action }) => {
      setPending(null);
      if (action === 'reset' && 'temporaryPassword' in result)
        setTemporary({ username: user.username, password: result.temporaryPassword as string });
      else setDone(t(action === 'deactivate' ? 'admin.users.deactivated' : 'admin.users.reactivated', { username: user.username }));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
  const search = (event: FormEvent) => {
    event.preventDefault();
    setFilters((current) => ({ ...current, q: q.trim() || undefined }));
  };
  const rows = users.data?.pages.flatMap((page) => page.items) ?? [];
  const total = users.data?.pages[0]?.total;
  const agencyChoices = options((agency) => !agency.external);
  const confirmText = (user: User, action: Action) =>
    t(
      action === 'deactivate'
        ? 'admin.users.confirmDeactivate'
        : action === 'reactivate'
          ? 'admin.users.confirmReactivate'
          : 'admin.users.confirmReset',
      {
        username: user.username,
      },
    );
  const actionLabel = (action: Action) =>
    t(action === 'deactivate' ? 'admin.deactivate' : action === 'reactivate' ? 'admin.reactivate' : 'admin.users.resetPassword');
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('admin.users.title')}
        </Title>
        <Button onClick={() => setEditing('new')}>{t('admin.users.add')}</Button>
      </Group>
      <PendingGrants />
      <form onSubmit={search} role="search" aria-label={t('admin.users.title')}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} spacing="sm" style={{ alignItems: 'end' }}>
          <TextInput label={t('admin.users.q')} value={q} onChange={(e) => setQ(e.currentTarget.value)} autoComplete="off" />
          <Select
            label={t('admin.users.agency')}
            searchable
            clearable
            data={agencyChoices}
            value={filters.agencyCode ?? null}
            onChange={(value) => setFilters((current) => ({ ...current, agencyCode: value ?? undefined }))}
          />
          <Select
            label={t('admin.users.role')}
            clearable
            data={ROLES.map((role) => ({ value: role, label: label('roles', role) }))}
            value={filters.role ?? null}
            onChange={(value) => setFilters((current) => ({ ...current, role: (value as Role | null) ?? undefined }))}
          />
          <Select
            label={t('admin.users.status')}
            allowDeselect={false}
            data={[
              { value: 'all', label: t('admin.all') },
              { value: 'true', label: t('admin.active') },
              { value: 'false', label: t('admin.inactive') },
            ]}
            value={filters.active === undefined ? 'all' : String(filters.active)}
            onChange={(value) => setFilters((current) => ({ ...current, active: value === 'all' || value === null ? undefined : value === 'true' }))}
          />
          <Button type="submit" variant="default">
            {t('admin.search')}
          </Button>
        </SimpleGrid>
      </form>
      {act.error instanceof ApiError && <ErrorSummary errors={serverFieldErrors(act.error.body)} idPrefix="user-action" />}
      {done && (
        <Alert color="green.9" variant="outline" role="status">
          {done}
        </Alert>
      )}
      <ScrollRegion minWidth={760} label={t('admin.users.caption')}>
        <Table striped aria-busy={users.isPending} data-testid="users-table">
          <Table.Caption>
            {t('admin.users.caption')}
            {total != null && ` · ${t('admin.users.total', { shown: rows.length, count: total })}`}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('admin.users.username')}</Table.Th>
              <Table.Th scope="col">{t('admin.users.displayName')}</Table.Th>
              <Table.Th scope="col">{t('admin.users.agency')}</Table.Th>
              <Table.Th scope="col">{t('admin.users.roles')}</Table.Th>
              <Table.Th scope="col">{t('admin.users.status')}</Table.Th>
              <Table.Th scope="col">{t('admin.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((user) => (
              <Table.Tr key={user.id} data-username={user.username}>
                <Table.Th scope="row" fw={500}>
                  {user.username}
                </Table.Th>
                <Table.Td>{user.displayName}</Table.Td>
                <Table.Td>{name(user.agencyCode)}</Table.Td>
                <Table.Td>{user.roles.map((role) => label('roles', role)).join(', ')}</Table.Td>
                <Table.Td>
                  <Text size="sm" fw={user.active ? 400 : 700}>
                    {user.active ? t('admin.active') : t('admin.inactive')}
                  </Text>
                  {user.mustChangePassword && <Text size="sm">{t('admin.users.mustChange')}</Text>}
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="wrap">
                    <Button size="xs" variant="default" onClick={() => setEditing(user)}>
                      {t('admin.edit')}
                    </Button>
                    <Button size="xs" variant="default" onClick={() => setPending({ user, action: 'reset' })}>
                      {t('admin.users.resetPassword')}
                    </Button>
                    {user.id !== me.userId && (
                      <Button size="xs" variant="default" onClick={() => setPending({ user, action: user.active ? 'deactivate' : 'reactivate' })}>
                        {user.active ? t('admin.deactivate') : t('admin.reactivate')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      {users.isSuccess && rows.length === 0 && <Text>{t('admin.users.empty')}</Text>}
      {users.hasNextPage && (
        <Button variant="default" onClick={() => void users.fetchNextPage()} loading={users.isFetchingNextPage} style={{ alignSelf: 'center' }}>
          {t('admin.more')}
        </Button>
      )}
      {editing && (
        <UserFormModal
          user={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onCreated={(created) => {
            setDone(t('admin.users.created', { username: created.username }));
            setTemporary({ username: created.username, password: created.temporaryPassword });
          }}
        />
      )}
      <ConfirmModal
        opened={pending !== null}
        title={pending ? actionLabel(pending.action) : ''}
        question={pending ? confirmText(pending.user, pending.action) : ''}
        confirmLabel={pending ? actionLabel(pending.action) : ''}
        loading={act.isPending}
        onConfirm={() => pending && act.mutate(pending)}
        onClose={() => setPending(null)}
      />
      <TemporaryPasswordModal shown={temporary} onClose={() => setTemporary(null)} />
    </Stack>
  );
}
