import { csvLine } from './csv-line';

describe('csvLine', () => {
  it('quotes commas, quotes and line breaks, and neutralises formulas', () => {
    expect(csvLine(['a', 'b,c', 'say "hi"', 'x\ny', 3, null])).toBe('a,"b,c","say ""hi""","x\ny",3,');
    expect(csvLine(['=1+2', '-5'])).toBe(`"'=1+2","'-5"`);
  });
});
