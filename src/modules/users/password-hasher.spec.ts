import { randomBytes, scryptSync } from 'node:crypto';
import { PasswordHasher } from './password-hasher';

describe('PasswordHasher', () => {
  it('stores the cost in the hash and verifies only the right password', async () => {
    const hash = await PasswordHasher.hash('a long enough password');
    expect(hash).toMatch(/^scrypt\$ln=17,r=8,p=1\$/);
    expect(await PasswordHasher.verify('a long enough password', hash)).toBe(true);
    expect(await PasswordHasher.verify('another password', hash)).toBe(false);
    expect(PasswordHasher.needsRehash(hash)).toBe(false);
  });

  it('keeps verifying hashes written before the parameters were stored, and asks for a rehash', async () => {
    const salt = randomBytes(16);
    const legacy = `scrypt$${salt.toString('base64')}$${scryptSync('old password', salt, 64).toString('base64')}`;
    expect(await PasswordHasher.verify('old password', legacy)).toBe(true);
    expect(await PasswordHasher.verify('wrong', legacy)).toBe(false);
    expect(PasswordHasher.needsRehash(legacy)).toBe(true);
  });

  it('refuses malformed hashes instead of throwing', async () => {
    expect(await PasswordHasher.verify('x', 'bcrypt$whatever')).toBe(false);
    expect(await PasswordHasher.verify('x', 'scrypt$ln=99,r=8,p=1$AAAA$AAAA')).toBe(false);
  });
});
