import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { serverFieldErrors } from '../../components/server-field-errors';
import { agencyStillInUse } from './admin-errors';
import { AgencyFormModal } from './AgencyFormModal';
import { ConfirmModal } from './ConfirmModal';
import { type Agency, useAgencies } from '../../session/use-agencies';
import { useLabels } from '../../session/use-labels';
import { ScrollRegion } from '../../components/ScrollRegion';
import { sessionKeys } from '../../session/query-keys';

/** Agencies and units: the province's structure as data; a reorganisation renames, re-parents or deactivates. */
export function AgenciesScreen() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { agencies, name } = useAgencies(0);
  const label = useLabels();
  const [editing, setEditing] = useState<Agency | 'new' | null>(null);
  const [pending, setPending] = useState<Agency | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const toggle = useMutation({
    mutationFn: async (agency: Agency) =>
      unwrap(
        await api.POST(agency.active ? '/agencies/{code}/deactivate' : '/agencies/{code}/reactivate', {
          params: { path: { code: agency.code } },
        }),
      ),
    onSuccess: () => setDone(t('admin.saved')),
    onSettled: () => {
      setPending(null);
      return queryClient.invalidateQueries({ queryKey: sessionKeys.agencies });
    },
  });
  const refusal = toggle.error instanceof ApiError ? toggle.error.body : null;
  const inUse = refusal ? agencyStillInUse(refusal) : null;
  const sorted = [...(agencies.data ?? [])].sort((a, b) => a.code.localeCompare(b.code));
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('admin.agencies.title')}
        </Title>
        <Button onClick={() => setEditing('new')}>{t('admin.agencies.add')}</Button>
      </Group>
      {inUse && (
        <Alert color="red.9" variant="outline" role="alert" data-testid="agency-in-use">
          {t('admin.agencies.stillInUse', inUse)}
        </Alert>
      )}
      {refusal && !inUse && <ErrorSummary errors={serverFieldErrors(refusal)} idPrefix="agency-action" />}
      {done && !refusal && (
        <Alert color="green.9" variant="outline" role="status">
          {done}
        </Alert>
      )}
      <ScrollRegion minWidth={820} label={t('admin.agencies.caption')}>
        <Table striped aria-busy={agencies.isPending} data-testid="agencies-table">
          <Table.Caption>{t('admin.agencies.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('admin.agencies.code')}</Table.Th>
              <Table.Th scope="col">{t('admin.agencies.nameVi')}</Table.Th>
              <Table.Th scope="col">{t('admin.agencies.nameEn')}</Table.Th>
              <Table.Th scope="col">{t('admin.agencies.kind')}</Table.Th>
              <Table.Th scope="col">{t('admin.agencies.parent')}</Table.Th>
              <Table.Th scope="col">{t('admin.agencies.status')}</Table.Th>
              <Table.Th scope="col">{t('admin.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((agency) => (
              <Table.Tr key={agency.code} data-agency-code={agency.code}>
                <Table.Th scope="row" fw={500}>
                  {agency.code}
                </Table.Th>
                <Table.Td lang="vi">{agency.nameVi}</Table.Td>
                <Table.Td lang="en">{agency.nameEn}</Table.Td>
                <Table.Td>{label('agencyKinds', agency.kind)}</Table.Td>
                <Table.Td>{agency.parentCode ? name(agency.parentCode) : ''}</Table.Td>
                <Table.Td>
                  <Text size="sm" fw={agency.active ? 400 : 700}>
                    {agency.active ? t('admin.active') : t('admin.inactive')}
                  </Text>
                  {agency.external && <Text size="sm">{t('admin.agencies.externalTag')}</Text>}
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="wrap">
                    <Button size="xs" variant="default" onClick={() => setEditing(agency)}>
                      {t('admin.edit')}
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => {
                        toggle.reset();
                        setPending(agency);
                      }}
                    >
                      {agency.active ? t('admin.deactivate') : t('admin.reactivate')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      {editing && (
        <AgencyFormModal agency={editing === 'new' ? null : editing} onClose={() => setEditing(null)} onSaved={() => setDone(t('admin.saved'))} />
      )}
      <ConfirmModal
        opened={pending !== null}
        title={pending?.active ? t('admin.deactivate') : t('admin.reactivate')}
        question={pending ? t(pending.active ? 'admin.agencies.confirmDeactivate' : 'admin.agencies.confirmReactivate', { code: pending.code }) : ''}
        confirmLabel={pending?.active ? t('admin.deactivate') : t('admin.reactivate')}
        loading={toggle.isPending}
        onConfirm={() => pending && toggle.mutate(pending)}
        onClose={() => setPending(null)}
      />
    </Stack>
  );
}
