import { Table } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { AppLink } from '../../components/AppLink';
import type { RecordLink } from '../../router/links/record-link';

/** A row that opens `link` wherever it is clicked; its first cell's link is what the keyboard and screen readers use. */
export function LinkedRow({ link, children, taskId }: { link: RecordLink | undefined; children: ReactNode; taskId?: string }) {
  const navigate = useNavigate();
  return (
    <Table.Tr data-task-id={taskId} style={link ? { cursor: 'pointer' } : undefined} onClick={link ? () => void navigate(link) : undefined}>
      {children}
    </Table.Tr>
  );
}

export function RowAnchor({ link, children }: { link: RecordLink; children: ReactNode }) {
  return (
    <AppLink {...link} fw={600} onClick={(event) => event.stopPropagation()}>
      {children}
    </AppLink>
  );
}
