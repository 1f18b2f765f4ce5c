import { castable } from './castable';
import { decodeCursor, encodeCursor } from './page-cursor';

describe('page cursor', () => {
  it('round-trips the sort key and id of one list', () => {
    const cursor = { list: 'tasks', key: '2026-11-28 08:00:00.123456+00', id: 'a1' };
    expect(decodeCursor(encodeCursor(cursor), 'tasks')).toEqual(cursor);
  });

  it.each(['', 'not base64!', Buffer.from('{"a":1}').toString('base64url'), Buffer.from('["tasks",1]').toString('base64url')])(
    'rejects a malformed cursor %p',
    (text) => {
      expect(() => decodeCursor(text, 'tasks')).toThrow(/cursor/);
    },
  );

  it('rejects the cursor of another list', () => {
    expect(() => decodeCursor(encodeCursor({ list: 'tips', key: 'x', id: 'y' }), 'tasks')).toThrow(/cursor/);
  });
});

describe('castable cursor values', () => {
  it('accepts what PostgreSQL prints and refuses what it could not cast', () => {
    expect(castable('2026-11-28 08:00:00.123456+00', 'timestamptz')).toBe(true);
    expect(castable('2026-11-28 15:00:00+07', 'timestamptz')).toBe(true);
    expect(castable('2026-02-30 08:00:00+00', 'timestamptz')).toBe(false);
    expect(castable('yesterday', 'timestamptz')).toBe(false);
    expect(castable(5, 'timestamptz')).toBe(false);
    expect(castable('0b6e3a44-9f7e-4c43-a3b1-3d2f0e8f9a10', 'uuid')).toBe(true);
    expect(castable('not-a-uuid', 'uuid')).toBe(false);
    expect(castable(3, 'integer')).toBe(true);
    expect(castable('3', 'integer')).toBe(false);
  });
});
