/** What a spreadsheet would read as the start of a formula (OWASP "CSV injection"), tab and carriage return included. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell value a spreadsheet shows as the text it is: a string that could start a formula gets a leading apostrophe,
 * so `=HYPERLINK(...)` typed into a tip's summary arrives in the export as text, never as a formula that runs.
 */
export function spreadsheetSafe(value: string | number | null | undefined): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}
