import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { AppLink } from '../../components/AppLink';
import { navigate } from '../../session/navigate';

/** A row that opens `href` wherever it is clicked; its first cell's link is what the keyboard and screen readers use. */
export function LinkedRow({ href, children, taskId }: { href: string | undefined; children: ReactNode; taskId?: string }) {
  return (
    <Table.Tr data-task-id={taskId} style={href ? { cursor: 'pointer' } : undefined} onClick={href ? () => navigate(href) : undefined}>
      {children}
    </Table.Tr>
  );
}

export function RowAnchor({ href, children }: { href: string; children: ReactNode }) {
  return (
    <AppLink href={href} fw={600} onClick={(event) => event.stopPropagation()}>
      {children}
    </AppLink>
  );
}
