import { idleTimings } from '../../web/src/shell/idle-timings';

describe('idle sign-out timings', () => {
  it('are 15 + 5 minutes, which a page address may shorten for tests but never lengthen', () => {
    expect(idleTimings('')).toEqual({ idleMs: 15 * 60_000, warningMs: 5 * 60_000 });
    expect(idleTimings('?idleSeconds=2&warningSeconds=4')).toEqual({ idleMs: 2000, warningMs: 4000 });
    expect(idleTimings('?idleSeconds=86400&warningSeconds=-1')).toEqual({ idleMs: 15 * 60_000, warningMs: 5 * 60_000 });
    expect(idleTimings('?idleSeconds=abc')).toEqual({ idleMs: 15 * 60_000, warningMs: 5 * 60_000 });
  });
});
