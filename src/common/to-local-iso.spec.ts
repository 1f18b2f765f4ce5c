import { toLocalIso } from './to-local-iso';

describe('toLocalIso', () => {
  it('shows 24:00 of an art. 134 last day as midnight of the next local day', () => {
    expect(toLocalIso(Date.parse('2026-12-08T17:00:00Z'))).toBe('2026-12-09T00:00:00+07:00');
  });

  it('names the same instant as the UTC form', () => {
    const local = toLocalIso(new Date('2026-11-28T01:02:03.456Z'))!;
    expect(local).toBe('2026-11-28T08:02:03.456+07:00');
    expect(Date.parse(local)).toBe(Date.parse('2026-11-28T01:02:03.456Z'));
  });

  it('crosses the year in local time before UTC does', () => {
    expect(toLocalIso(Date.parse('2026-12-31T18:30:00Z'))).toBe('2027-01-01T01:30:00+07:00');
  });

  it('keeps null and undefined, and refuses an invalid date', () => {
    expect(toLocalIso(null)).toBeNull();
    expect(toLocalIso(undefined)).toBeNull();
    expect(toLocalIso(new Date('nonsense'))).toBeNull();
  });
});
