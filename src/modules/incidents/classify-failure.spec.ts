import { classifyFailure } from './classify-failure';

const pgError = (code: string) => Object.assign(new Error('refused'), { code });

describe('classifyFailure', () => {
  it.each(['22P05', '22021', '22003', '22008', '23505', '23502', '54000'])('treats SQLSTATE %s as permanent', (code) => {
    expect(classifyFailure(pgError(code))).toBe('PERMANENT');
  });

  it.each(['08006', '57P01', '40001', '40P01', '53300', '55P03', 'ECONNREFUSED', 'ECONNRESET'])('treats %s as transient', (code) => {
    expect(classifyFailure(pgError(code))).toBe('TRANSIENT');
  });

  it('treats programming errors as permanent and unknown errors as transient', () => {
    expect(classifyFailure(new TypeError('x is undefined'))).toBe('PERMANENT');
    expect(classifyFailure(new RangeError('Invalid time value'))).toBe('PERMANENT');
    expect(classifyFailure(new Error('Connection terminated unexpectedly'))).toBe('TRANSIENT');
  });
});
