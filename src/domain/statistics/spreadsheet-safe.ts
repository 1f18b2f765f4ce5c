/** What a spreadsheet would read as the start of a formula (OWASP "CSV injection"), tab and carriage return included. */
const FORMULA_START = /^\s*[=+\-@\t\r]/;
/**
 * The same after a separator inside the text: a spreadsheet opening the file with `;` (or `,`) as its separator, or
 * pasting it, starts a new cell there.
 */
const FORMULA_AFTER_SEPARATOR = /([;,\t\r\n])(\s*[=+\-@])/g;

/**
 * A cell value a spreadsheet shows as the text it is: a string that could start a formula, at its start or after a
 * `;`, `,`, tab or line break inside it, gets an apostrophe there, so `=HYPERLINK(...)` typed into a tip's summary
 * arrives in the export as text, never as a formula that runs, whichever separator the reader's locale uses.
 */
export function spreadsheetSafe(value: string | number | null | undefined): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  const inner = value.replace(FORMULA_AFTER_SEPARATOR, "$1'$2");
  return FORMULA_START.test(inner) ? `'${inner}` : inner;
}
