import ExcelJS from 'exceljs';
import { spreadsheetSafe } from '../../domain/statistics/spreadsheet-safe';

export interface Sheet {
  name: string;
  /** Lines above the table (title, period): shown as they are, formula-safe like every cell. */
  preamble: string[];
  headers: string[];
  rows: (string | number | null)[][];
}

/** The one place exceljs is used: sheets of text and numbers, bold headers, every string cell formula-safe. */
export async function buildWorkbook(sheets: Sheet[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.created = new Date();
  for (const s of sheets) {
    const sheet = book.addWorksheet(s.name);
    for (const line of s.preamble) sheet.addRow([spreadsheetSafe(line)]);
    if (s.preamble.length) sheet.addRow([]);
    sheet.addRow(s.headers.map(spreadsheetSafe)).font = { bold: true };
    for (const row of s.rows) sheet.addRow(row.map(spreadsheetSafe));
    sheet.columns.forEach((c, i) => (c.width = i === 0 ? 30 : 24));
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
