import {
  instantToProvinceWall,
  parseTypedDate,
  parseTypedDateTime,
  provinceNowWall,
  provinceWallToInstant,
} from '../../web/src/format/province-time';

/** Date inputs: the province's wall time (UTC+7) to and from the API's instants, whatever the computer's zone. */
describe('province time in date inputs', () => {
  it('turns a typed dd/MM/yyyy HH:mm in the province into the instant 7 hours earlier, across days', () => {
    expect(parseTypedDateTime('25/11/2026 08:30')).toBe('2026-11-25 08:30:00');
    expect(provinceWallToInstant('2026-11-25 08:30:00')).toBe('2026-11-25T01:30:00.000Z');
    expect(provinceWallToInstant('2026-01-01 03:00:00')).toBe('2025-12-31T20:00:00.000Z');
    expect(provinceWallToInstant('2026-11-25T08:30')).toBe('2026-11-25T01:30:00.000Z');
    expect(parseTypedDateTime(' 5/1/2026 7:05 ')).toBe('2026-01-05 07:05:00');
  });

  it('shows an instant as the province sees it, whatever offset the API wrote it with', () => {
    expect(instantToProvinceWall('2026-11-25T01:30:00Z')).toBe('2026-11-25 08:30:00');
    expect(instantToProvinceWall('2026-11-25T08:30:00+07:00')).toBe('2026-11-25 08:30:00');
    expect(instantToProvinceWall('2025-12-31T20:00:00.000Z')).toBe('2026-01-01 03:00:00');
    expect(instantToProvinceWall(null)).toBeNull();
    expect(instantToProvinceWall('not a date')).toBeNull();
    const instant = '2026-02-28T17:15:00.000Z';
    expect(provinceWallToInstant(instantToProvinceWall(instant))).toBe(instant);
  });

  it('waits for a complete, real date: no half-typed value, no 31 February, no 24:00', () => {
    expect(parseTypedDateTime('25/11/2026 08:')).toBeNull();
    expect(parseTypedDateTime('25/11/2026')).toBeNull();
    expect(parseTypedDateTime('31/02/2026 08:00')).toBeNull();
    expect(parseTypedDateTime('25/11/2026 24:00')).toBeNull();
    expect(parseTypedDateTime('25/13/2026 08:00')).toBeNull();
    expect(provinceWallToInstant('')).toBeNull();
    expect(parseTypedDate('29/02/2028')).toBe('2028-02-29');
    expect(parseTypedDate('29/02/2026')).toBeNull();
  });

  it('reads a typed day the Vietnamese way, day first: 01/10/2026 is 1 October, not 10 January', () => {
    expect(parseTypedDate('01/10/2026')).toBe('2026-10-01');
    expect(parseTypedDate('1/2/2026')).toBe('2026-02-01');
    expect(parseTypedDate(' 29/02/2028 ')).toBe('2028-02-29');
    expect(parseTypedDateTime('1/2/2026 7:30')).toBe('2026-02-01 07:30:00');
    for (const typed of ['31/04/2026', '27/13/2026', '2026-10-01', '', 'hôm qua'])
      expect({ typed, day: parseTypedDate(typed) }).toEqual({ typed, day: null });
    for (const typed of ['27/11/2026 09:60', '2026-11-27 09:00']) expect({ typed, time: parseTypedDateTime(typed) }).toEqual({ typed, time: null });
  });

  it('gives the same answers whatever the zone of the computer running it', () => {
    const zone = process.env.TZ;
    try {
      for (const tz of ['America/Los_Angeles', 'Europe/Berlin', 'Asia/Ho_Chi_Minh', 'Pacific/Kiritimati']) {
        process.env.TZ = tz;
        expect(provinceWallToInstant(parseTypedDateTime('25/11/2026 08:30'))).toBe('2026-11-25T01:30:00.000Z');
        expect(instantToProvinceWall('2026-03-29T00:30:00Z')).toBe('2026-03-29 07:30:00');
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('bounds a decision date by the province’s now: after 17:00 UTC the province is already on the next day', () => {
    expect(provinceNowWall(Date.parse('2026-12-07T18:30:00Z'))).toBe('2026-12-08 01:30:00');
    expect(provinceNowWall(Date.parse('2026-12-31T16:59:59Z'))).toBe('2026-12-31 23:59:59');
  });
});
