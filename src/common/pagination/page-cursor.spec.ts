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
