import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways on a narrow screen, in a region a keyboard user can focus and scroll
 * (WCAG 2.1.1; axe's scrollable-region-focusable), named like the table.
 */
export function ScrollRegion({ minWidth, label, children }: { minWidth: number; label: string; children: ReactNode }) {
  return (
    <Table.ScrollContainer type="native" minWidth={minWidth} tabIndex={0} role="region" aria-label={label} className="mantine-focus-auto">
      {children}
    </Table.ScrollContainer>
  );
}
