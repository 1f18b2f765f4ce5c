import { boundOf, provinceDay } from '../../web/src/screens/lists/date-bounds';

/** The tip list's period filter: days in the province (UTC+7), sent as instants with `to` exclusive. */
describe('list date bounds', () => {
  it('sends a "from" day as its start in UTC+7 and a "to" day as the start of the next day', () => {
    expect(boundOf('2026-11-28', 'from')).toBe('2026-11-28T00:00:00+07:00');
    expect(boundOf('2026-11-30', 'to')).toBe('2026-12-01T00:00:00+07:00');
    expect(boundOf('2026-12-31', 'to')).toBe('2027-01-01T00:00:00+07:00');
  });

  it('shows an instant as its day in the province, and an exclusive "to" as the day before', () => {
    expect(provinceDay('2026-11-27T17:00:00Z', 'from')).toBe('2026-11-28');
    expect(provinceDay('2026-12-01T00:00:00+07:00', 'to')).toBe('2026-11-30');
    expect(provinceDay(boundOf('2026-11-30', 'to'), 'to')).toBe('2026-11-30');
    expect(provinceDay('not a date', 'from')).toBeNull();
    expect(provinceDay(undefined, 'to')).toBeNull();
  });
});
