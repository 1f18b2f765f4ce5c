import { Badge, Button, Group, Select, SimpleGrid, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ScrollRegion } from '../../components/ScrollRegion';
import { DateFilter } from '../lists/DateFilter';
import { AUDIT_ACTIONS } from './audit-actions';
import { AuditDetail } from './AuditDetail';
import { auditKeys } from './query-keys';

interface Filters {
  actor?: string;
  action?: string;
  subjectId?: string;
  from?: string;
  to?: string;
  alert?: boolean;
}

/** The audit log for auditors: filters, newest first, cursor pages, flagged grants marked, and a CSV export. */
export function AuditScreen() {
  const { t } = useTranslation();
  const [form, setForm] = useState({ actor: '', action: '', subjectId: '', from: '', to: '', alert: false });
  const [filters, setFilters] = useState<Filters>({});
  const rows = useInfiniteQuery({
    queryKey: auditKeys.list(filters),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) => {
      const result = await api.GET('/audit', { params: { query: { ...filters, limit: 50, cursor: pageParam } } });
      return { items: unwrap(result), next: result.response.headers.get('X-Next-Cursor') ?? undefined };
    },
    getNextPageParam: (last) => last.next,
  });
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilters({
      ...(form.actor.trim() ? { actor: form.actor.trim() } : {}),
      ...(form.action ? { action: form.action } : {}),
      ...(form.subjectId.trim() ? { subjectId: form.subjectId.trim() } : {}),
      ...(form.from ? { from: form.from } : {}),
      ...(form.to ? { to: form.to } : {}),
      ...(form.alert ? { alert: true } : {}),
    });
  };
  const exportQuery = new URLSearchParams(Object.entries(filters).map(([k, v]) => [k, String(v)])).toString();
  const items = rows.data?.pages.flatMap((p) => p.items) ?? [];
  const set = (key: keyof typeof form) => (event: { currentTarget: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: event.currentTarget.value }));

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('audit.title')}
        </Title>
        <Button component="a" href={`/audit/export.csv${exportQuery ? `?${exportQuery}` : ''}`} download variant="default">
          {t('audit.export')}
        </Button>
      </Group>
      <Text size="sm">{t('audit.intro')}</Text>
      <form onSubmit={apply} role="search" aria-label={t('audit.filters')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('audit.actor')} value={form.actor} onChange={set('actor')} />
          <Select
            label={t('audit.action')}
            placeholder={t('audit.anyAction')}
            clearable
            searchable
            data={AUDIT_ACTIONS.map((action) => ({ value: action, label: t(`audit.actions.${action}`) }))}
            value={form.action || null}
            onChange={(action) => setForm((f) => ({ ...f, action: action ?? '' }))}
          />
          <TextInput label={t('audit.subject')} value={form.subjectId} onChange={set('subjectId')} />
          <DateFilter
            id="audit-from"
            label={t('audit.from')}
            bound="from"
            value={form.from || undefined}
            onChange={(from) => setForm((f) => ({ ...f, from: from ?? '' }))}
          />
          <DateFilter
            id="audit-to"
            label={t('audit.to')}
            bound="to"
            value={form.to || undefined}
            onChange={(to) => setForm((f) => ({ ...f, to: to ?? '' }))}
          />
          <Switch
            mt="lg"
            label={t('audit.alertsOnly')}
            checked={form.alert}
            onChange={(event) => setForm((f) => ({ ...f, alert: event.currentTarget.checked }))}
          />
        </SimpleGrid>
        <Group mt="sm">
          <Button type="submit">{t('audit.apply')}</Button>
        </Group>
      </form>
      {rows.isError && <Text role="alert">{t('common.unexpectedError')}</Text>}
      <ScrollRegion minWidth={900} label={t('audit.caption')}>
        <Table striped aria-busy={rows.isPending} data-testid="audit-table">
          <Table.Caption>{t('audit.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('audit.sequence')}</Table.Th>
              <Table.Th scope="col">{t('audit.at')}</Table.Th>
              <Table.Th scope="col">{t('audit.actor')}</Table.Th>
              <Table.Th scope="col">{t('audit.action')}</Table.Th>
              <Table.Th scope="col">{t('audit.subject')}</Table.Th>
              <Table.Th scope="col">{t('audit.detail')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td>{row.sequence}</Table.Td>
                <Table.Td>{new Date(row.at).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })}</Table.Td>
                <Table.Td>{row.actorUsername ?? t('audit.system')}</Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    {row.alert && <Badge color="red">{t('audit.alert')}</Badge>}
                    <span>{t(`audit.actions.${row.action}`, { defaultValue: row.action })}</span>
                  </Group>
                </Table.Td>
                <Table.Td>{row.subjectId}</Table.Td>
                <Table.Td>
                  <AuditDetail action={row.action} detail={row.detail} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      {!rows.isPending && items.length === 0 && <Text>{t('audit.empty')}</Text>}
      {rows.hasNextPage && (
        <Button variant="default" onClick={() => rows.fetchNextPage()} loading={rows.isFetchingNextPage}>
          {t('audit.more')}
        </Button>
      )}
    </Stack>
  );
}
