import { languageOf } from './language';

describe('languageOf', () => {
  it('is Vietnamese without a header, for other languages and for nonsense', () => {
    expect(languageOf(undefined)).toBe('vi');
    expect(languageOf('')).toBe('vi');
    expect(languageOf('fr-FR, de;q=0.5')).toBe('vi');
    expect(languageOf(';;;q=abc')).toBe('vi');
  });

  it('is English when English is asked for, with or without a region', () => {
    expect(languageOf('en')).toBe('en');
    expect(languageOf('en-US,en;q=0.9')).toBe('en');
    expect(languageOf('fr, en-GB;q=0.7')).toBe('en');
  });

  it('follows the weights', () => {
    expect(languageOf('vi;q=0.5, en;q=0.8')).toBe('en');
    expect(languageOf('en;q=0.3, vi-VN')).toBe('vi');
    expect(languageOf('en;q=0, vi;q=0.1')).toBe('vi');
  });
});
