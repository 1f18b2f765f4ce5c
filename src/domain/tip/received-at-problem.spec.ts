import { receivedAtProblem } from './received-at-problem';

describe('a tip’s receipt instant', () => {
  const now = Date.parse('2026-11-28T08:00:00Z');
  const minutes = (n: number) => n * 60_000;
  const days = (n: number) => n * 86_400_000;

  it('accepts the past year and a few minutes of clock skew', () => {
    expect(receivedAtProblem(now, now)).toBeNull();
    expect(receivedAtProblem(now - days(10), now)).toBeNull();
    expect(receivedAtProblem(now + minutes(4), now)).toBeNull();
    expect(receivedAtProblem(now - days(366) + 1, now)).toBeNull();
  });

  it('refuses the future beyond the skew, and dates older than 366 days', () => {
    expect(receivedAtProblem(now + minutes(6), now)).toContain('future');
    expect(receivedAtProblem(now - days(366) - 1, now)).toContain('366 days');
    expect(receivedAtProblem(Number.NaN, now)).toContain('ISO 8601');
  });
});
