import { parseProvinceInput, provinceInputToInstant } from '../../web/src/screens/case/local-date-time-input';

describe('case page date inputs (dd/MM/yyyy HH:mm in UTC+7)', () => {
  it('reads what a person types, day first', () => {
    expect(parseProvinceInput('27/11/2026 09:05')).toBe('2026-11-27 09:05:00');
    expect(parseProvinceInput('1/2/2026 7:30')).toBe('2026-02-01 07:30:00');
    expect(parseProvinceInput('27/11/2026')).toBe('2026-11-27 00:00:00');
  });

  it('refuses dates that do not exist and other formats', () => {
    for (const text of ['31/02/2026 09:00', '27/13/2026', '27/11/2026 24:00', '27/11/2026 09:60', '2026-11-27 09:00', '', 'hôm qua'])
      expect({ text, parsed: parseProvinceInput(text) }).toEqual({ text, parsed: null });
  });

  it('sends the province wall clock as an instant at +07:00, whatever the computer’s zone', () => {
    expect(provinceInputToInstant('2026-11-27 09:05:00')).toBe('2026-11-27T09:05:00+07:00');
    expect(provinceInputToInstant('2026-11-27 09:05')).toBe('2026-11-27T09:05:00+07:00');
    expect(Date.parse(provinceInputToInstant('2026-11-28 00:30:00'))).toBe(Date.parse('2026-11-27T17:30:00Z'));
  });
});
