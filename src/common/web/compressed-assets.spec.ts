import { chooseEncoding } from './compressed-assets';

describe('chooseEncoding', () => {
  it('prefers brotli, then gzip, as browsers offer them', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip, deflate')).toBe('gzip');
    expect(chooseEncoding('GZIP')).toBe('gzip');
  });

  it('sends the plain file when neither is taken, or one is refused with q=0', () => {
    expect(chooseEncoding(undefined)).toBeNull();
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding('br;q=0, gzip;q=0.0')).toBeNull();
    expect(chooseEncoding('br;q=0, gzip;q=0.8')).toBe('gzip');
  });
});
