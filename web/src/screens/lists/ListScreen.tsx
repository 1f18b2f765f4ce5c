import { Group, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../components/ScrollRegion';
import { ListFooter } from './ListFooter';
import type { usePagedList } from './use-paged-list';

interface Column {
  label: string;
  /** Numbers line up on the right. */
  right?: boolean;
}

interface Props {
  title: string;
  /** Above the filters: the free-text search, for lists that have one. */
  search?: ReactNode;
  /** The filter bar's controls. */
  filters: ReactNode;
  caption: string;
  columns: Column[];
  /** Wider than a phone: the table scrolls sideways below this width. */
  minWidth: number;
  testId: string;
  list: ReturnType<typeof usePagedList<unknown>>;
  /** The rows (LinkedRow). */
  children: ReactNode;
}

/** What the task, case and tip lists share: title, search, filter bar, the table in its scroll area, footer. */
export function ListScreen({ title, search, filters, caption, columns, minWidth, testId, list, children }: Props) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={1} size="h2">
        {title}
      </Title>
      {search}
      <Group align="flex-end" wrap="wrap" role="group" aria-label={t('lists.filters')}>
        {filters}
      </Group>
      <ScrollRegion minWidth={minWidth} label={caption}>
        <Table striped highlightOnHover aria-busy={list.isPending} data-testid={testId}>
          <Table.Caption>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => (
                <Table.Th key={column.label} scope="col" ta={column.right ? 'right' : undefined}>
                  {column.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>{children}</Table.Tbody>
        </Table>
      </ScrollRegion>
      {list.loaded && list.rows.length === 0 && <Text>{t('lists.empty')}</Text>}
      {list.isError && <Text role="alert">{t('common.unexpectedError')}</Text>}
      <ListFooter
        shown={list.rows.length}
        total={list.total}
        loaded={list.loaded}
        hasMore={list.hasMore}
        loadingMore={list.loadingMore}
        onMore={list.loadMore}
      />
    </Stack>
  );
}
