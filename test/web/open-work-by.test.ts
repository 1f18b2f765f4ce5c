import { openWorkBy } from '../../web/src/screens/dashboard/open-work-by';

describe('openWorkBy', () => {
  const now = Date.parse('2026-11-28T00:00:00Z');
  const task = (group: string, startsAt: string, dueAt: string, overdue = false) => ({ group, startsAt, dueAt, overdue });
  it('counts open tasks per group in the due buckets, most overdue first', () => {
    const rows = openWorkBy(
      [
        task('RESCUE', '2026-11-27T00:00:00Z', '2026-12-27T00:00:00Z'), // 1/30 of its time gone: in time
        task('TIP_VERIFICATION', '2026-11-01T00:00:00Z', '2026-11-21T00:00:00Z', true),
        task('TIP_VERIFICATION', '2026-11-10T00:00:00Z', '2026-11-30T00:00:00Z'), // 90 % gone: at risk
        task('TIP_VERIFICATION', '2026-11-27T00:00:00Z', '2026-12-17T00:00:00Z'),
      ],
      (t) => t.group,
      now,
    );
    expect(rows).toEqual([
      { key: 'TIP_VERIFICATION', overdue: 1, atRisk: 1, onTime: 1 },
      { key: 'RESCUE', overdue: 0, atRisk: 0, onTime: 1 },
    ]);
  });
  it('has no rows without open tasks', () => {
    expect(openWorkBy([], () => 'x')).toEqual([]);
  });
});
