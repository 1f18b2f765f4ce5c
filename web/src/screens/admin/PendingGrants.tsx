import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type Schemas, unwrap } from '../../api/client';
import { ScrollRegion } from '../../components/ScrollRegion';
import { formatInstant } from '../../format/local-date-time';
import { useLabels } from '../../session/use-labels';
import { grantKeys, userKeys } from './query-keys';

type Grant = Schemas['RoleGrantDto'];
type Decision = 'approve' | 'reject';
const DECISIONS: readonly Decision[] = ['approve', 'reject'];

/**
 * Privileged roles waiting for a second administrator: approve or refuse each. Any administrator may press either;
 * the server judges, and its refusal (the one who asked, or the account's holder, approving) is shown as it says it.
 */
export function PendingGrants() {
  const { t } = useTranslation();
  const label = useLabels();
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState<{ grantId: string; text: string; refused: boolean } | null>(null);
  const grants = useQuery({
    queryKey: grantKeys.pending(),
    queryFn: async () => unwrap(await api.GET('/role-grants', { params: { query: { status: 'PENDING' } } })),
  });
  const decide = useMutation({
    mutationFn: async ({ grant, decision }: { grant: Grant; decision: Decision }) =>
      unwrap(
        await api.POST(decision === 'approve' ? '/role-grants/{id}/approve' : '/role-grants/{id}/reject', {
          params: { path: { id: grant.id } },
        }),
      ),
    onSuccess: (_, { grant, decision }) =>
      setOutcome({
        grantId: grant.id,
        refused: false,
        text: t(decision === 'approve' ? 'admin.grants.approved' : 'admin.grants.rejected', {
          role: label('roles', grant.role),
          username: grant.username ?? '',
        }),
      }),
    onError: (error, { grant }) =>
      setOutcome({ grantId: grant.id, refused: true, text: error instanceof ApiError ? error.body.message : t('common.unexpectedError') }),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: grantKeys.all });
      await queryClient.invalidateQueries({ queryKey: userKeys.all });
    },
  });
  const rows = grants.data ?? [];
  if (grants.isSuccess && rows.length === 0 && !outcome) return null;

  return (
    <Stack gap="xs" component="section" aria-labelledby="pending-grants-title">
      <Title order={2} size="h3" id="pending-grants-title">
        {t('admin.grants.title')}
      </Title>
      <Text size="sm">{t('admin.grants.intro')}</Text>
      {outcome && (
        <Alert color={outcome.refused ? 'red.9' : 'green.9'} variant="outline" role={outcome.refused ? 'alert' : 'status'}>
          {outcome.refused ? t('admin.grants.refusedBecause', { reason: outcome.text }) : outcome.text}
        </Alert>
      )}
      {rows.length > 0 && (
        <ScrollRegion minWidth={640} label={t('admin.grants.caption')}>
          <Table striped data-testid="pending-grants">
            <Table.Caption>{t('admin.grants.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.grants.account')}</Table.Th>
                <Table.Th scope="col">{t('admin.grants.role')}</Table.Th>
                <Table.Th scope="col">{t('admin.grants.requestedBy')}</Table.Th>
                <Table.Th scope="col">{t('admin.grants.requestedAt')}</Table.Th>
                <Table.Th scope="col">{t('admin.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((grant) => (
                <Table.Tr key={grant.id} data-grant-for={grant.username}>
                  <Table.Th scope="row" fw={500}>
                    {grant.username}
                  </Table.Th>
                  <Table.Td>{label('roles', grant.role)}</Table.Td>
                  <Table.Td>{grant.requestedByUsername}</Table.Td>
                  <Table.Td>{formatInstant(grant.requestedAt)}</Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      {DECISIONS.map((decision) => (
                        <Button
                          key={decision}
                          size="xs"
                          variant={decision === 'approve' ? 'filled' : 'default'}
                          onClick={() => decide.mutate({ grant, decision })}
                          loading={decide.isPending && decide.variables?.grant.id === grant.id && decide.variables.decision === decision}
                          aria-label={t(`admin.grants.${decision}For`, { role: label('roles', grant.role), username: grant.username })}
                        >
                          {t(`admin.grants.${decision}`)}
                        </Button>
                      ))}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
    </Stack>
  );
}
