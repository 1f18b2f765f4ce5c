import { withoutNul } from './without-nul';

describe('withoutNul', () => {
  it('replaces NUL in nested keys and values and leaves everything else as it was', () => {
    const at = new Date(0);
    expect(withoutNul({ 'a\u0000': ['x\u0000y', 1, null, { b: 'ok' }], at })).toEqual({ 'a\uFFFD': ['x\uFFFDy', 1, null, { b: 'ok' }], at });
  });
});
