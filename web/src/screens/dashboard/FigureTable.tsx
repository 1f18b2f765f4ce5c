import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { AppLink } from '../../components/AppLink';
import type { DrillDownLink } from './drill-down-link';

export interface FigureRow {
  key: string;
  label: ReactNode;
  /** null: nothing measured, shown as a dash. */
  values: (number | null)[];
  /** Where each value drills down to (its list), by column; none for a plain number. */
  links?: (DrillDownLink | undefined)[];
}

interface Props {
  caption: string;
  rowHeader: string;
  columns: string[];
  rows: FigureRow[];
  testId: string;
  /** Draw a bar after the first value column, scaled to the largest value of that column. */
  bar?: boolean;
  /** Below the table: where the numbers come from and when. */
  source?: string;
}

const number = (value: number | null) => (value === null ? '—' : value.toLocaleString('vi-VN', { maximumFractionDigits: 1 }));

/** A table of counts (right-aligned) with an optional plain bar beside the first column; the numbers are the text. */
export function FigureTable({ caption, rowHeader, columns, rows, testId, bar, source }: Props) {
  const max = Math.max(1, ...rows.map((row) => row.values[0] ?? 0));
  return (
    // On a narrow screen the table scrolls sideways: its scroll area takes the keyboard focus and is named by the caption.
    <Table.ScrollContainer minWidth={420} scrollAreaProps={{ viewportProps: { tabIndex: 0, role: 'region', 'aria-label': caption } }}>
      <Table striped data-testid={testId}>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{rowHeader}</Table.Th>
            {columns.map((column) => (
              <Table.Th key={column} scope="col" ta="right">
                {column}
              </Table.Th>
            ))}
            {bar && <Table.Td aria-hidden="true" />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key} data-row={row.key}>
              <Table.Th scope="row" fw="normal">
                {row.label}
              </Table.Th>
              {row.values.map((value, index) => {
                const link = row.links?.[index];
                return (
                  <Table.Td key={columns[index]} ta="right" data-column={index}>
                    {link ? (
                      <AppLink {...link} underline="always">
                        {number(value)}
                      </AppLink>
                    ) : (
                      number(value)
                    )}
                  </Table.Td>
                );
              })}
              {bar && (
                // The bar repeats the first number for the eye only; screen readers read the number itself.
                <Table.Td aria-hidden="true" w="30%">
                  <div className="figure-bar" style={{ width: `${((row.values[0] ?? 0) / max) * 100}%` }} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {source && (
        <Text size="sm" c="dimmed" mt={4} data-testid={`${testId}-source`}>
          {source}
        </Text>
      )}
    </Table.ScrollContainer>
  );
}
