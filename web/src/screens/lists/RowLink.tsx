import { Anchor, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { goTo } from './go-to';

/** A row that opens `href` wherever it is clicked; its first cell's link is what the keyboard and screen readers use. */
export function LinkedRow({ href, children, taskId }: { href: string | undefined; children: ReactNode; taskId?: string }) {
  return (
    <Table.Tr data-task-id={taskId} style={href ? { cursor: 'pointer' } : undefined} onClick={href ? () => goTo(href) : undefined}>
      {children}
    </Table.Tr>
  );
}

export function RowAnchor({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Anchor
      href={href}
      fw={600}
      onClick={(event) => {
        event.preventDefault();
        event.stopPropagation();
        goTo(href);
      }}
    >
      {children}
    </Anchor>
  );
}

export const casePath = (reference: string) => `/case/${encodeURIComponent(reference)}`;
