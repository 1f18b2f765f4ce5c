import { spreadsheetSafe } from './spreadsheet-safe';

describe('spreadsheetSafe', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x")'])('prefixes %j with an apostrophe', (value) => {
    expect(spreadsheetSafe(value)).toBe(`'${value}`);
  });

  it('leaves text, numbers (negative ones too) and empty cells as they are', () => {
    expect(spreadsheetSafe('Tin báo 1')).toBe('Tin báo 1');
    expect(spreadsheetSafe('a=b')).toBe('a=b');
    expect(spreadsheetSafe(-3)).toBe(-3);
    expect(spreadsheetSafe(null)).toBe('');
    expect(spreadsheetSafe(undefined)).toBe('');
  });
});
