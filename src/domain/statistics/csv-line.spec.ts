import { csvLine } from './csv-line';

describe('csvLine', () => {
  it('quotes commas, quotes and line breaks, and neutralises formulas', () => {
    expect(csvLine(['a', 'b,c', 'say "hi"', 'x\ny', 3, null])).toBe('a,"b,c","say ""hi""","x\ny",3,');
    expect(csvLine(['=1+2', '-5'])).toBe(`"'=1+2","'-5"`);
  });
});

describe('csvLine in locales that separate with ";"', () => {
  it('quotes ";" and tabs, and neutralises a formula after any separator inside a cell', () => {
    expect(csvLine(['a;b'])).toBe('"a;b"');
    expect(csvLine(['note;=HYPERLINK("http://x")'])).toBe(`"note;'=HYPERLINK(""http://x"")"`);
    expect(csvLine(['x, +1', 'y\t@SUM(A1)', 'z\r-2', ' =1'])).toBe(`"x,' +1","y\t'@SUM(A1)","z\r'-2","' =1"`);
    expect(csvLine(['no formula; here', 'a-b'])).toBe('"no formula; here",a-b');
  });
});
