import { QueryFailedError } from 'typeorm';
import { errorName, safeErrorSummary } from './safe-error-summary';

describe('safeErrorSummary', () => {
  it('keeps the class and SQLSTATE of a database error but never its message or parameters', () => {
    const driver = Object.assign(new Error('invalid input syntax: "victim name"'), { code: '22P02' });
    const error = new QueryFailedError('INSERT INTO tasks VALUES ($1)', ['secret outcome'], driver);
    const summary = safeErrorSummary(error);
    expect(summary).toMatch(/^QueryFailedError \[22P02\]/);
    expect(summary).not.toContain('victim name');
    expect(summary).not.toContain('secret outcome');
    expect(summary).not.toContain('INSERT');
  });

  it('names errors that are not instances of Error', () => {
    expect(errorName({ name: 'AggregateError', code: 'ECONNREFUSED' })).toBe('AggregateError');
    expect(safeErrorSummary({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:5432' })).toMatch(/^Object \[ECONNREFUSED\]/);
    expect(safeErrorSummary('text')).toBe('string');
  });
});
