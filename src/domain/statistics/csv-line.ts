import { spreadsheetSafe } from './spreadsheet-safe';

/** One CSV line (RFC 4180 quoting, and `;` or tab quoted too for locales that split on them), every cell made formula-safe first. */
export function csvLine(cells: readonly (string | number | null | undefined)[]): string {
  return cells
    .map((cell) => {
      const text = String(spreadsheetSafe(cell));
      return /[",;\t\r\n]/.test(text) || text.startsWith("'") ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(',');
}
