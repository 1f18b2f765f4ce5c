import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { blindIndex } from './blind-index';
import { EnvelopeSealer } from './envelope-sealer';
import { DERIVED_KEK_ID, FileKeyProvider } from './file-key-provider';

const root = randomBytes(32);
const keyFile = (current: string, ...ids: string[]) => {
  const file = join(mkdtempSync(join(tmpdir(), 'keys-')), 'data-keys.json');
  const keks = Object.fromEntries(ids.map((id) => [id, randomBytes(32).toString('base64')]));
  writeFileSync(file, JSON.stringify({ current, keks }));
  return { file, keks };
};

describe('envelope sealer', () => {
  it('seals each value under its own data key, names the KEK, and opens it back', () => {
    const sealer = new EnvelopeSealer(new FileKeyProvider(root, undefined));
    const a = sealer.seal('Nguyễn Thị B, xã Quảng Trực', 'tips.summary');
    const b = sealer.seal('Nguyễn Thị B, xã Quảng Trực', 'tips.summary');
    expect(a).not.toBe(b);
    expect(a).not.toContain('Nguyễn');
    expect(EnvelopeSealer.kekIdOf(a)).toBe(DERIVED_KEK_ID);
    expect(sealer.open(a, 'tips.summary')).toBe('Nguyễn Thị B, xã Quảng Trực');
  });

  it('refuses a value moved to another column, tampered with, or under another root key', () => {
    const sealer = new EnvelopeSealer(new FileKeyProvider(root, undefined));
    const sealed = sealer.seal('findings', 'tasks.outcome');
    expect(() => sealer.open(sealed, 'tips.summary')).toThrow();
    const tampered = sealed.slice(0, -6) + (sealed.endsWith('AAAA==') ? 'BBBB==' : 'AAAA==');
    expect(() => sealer.open(tampered, 'tasks.outcome')).toThrow();
    expect(() => new EnvelopeSealer(new FileKeyProvider(randomBytes(32), undefined)).open(sealed, 'tasks.outcome')).toThrow();
  });

  it('passes text written before sealing through unchanged', () => {
    expect(new EnvelopeSealer(new FileKeyProvider(root, undefined)).open('clear text', 'tips.summary')).toBe('clear text');
  });

  it('re-wraps under the current KEK of the key file, keeping the ciphertext, and still opens older KEKs', () => {
    const before = new EnvelopeSealer(new FileKeyProvider(root, undefined)).seal('reason', 'cases.close_reason');
    const { file } = keyFile('kek-2', 'kek-2');
    const sealer = new EnvelopeSealer(new FileKeyProvider(root, file, 0));
    expect(sealer.keys.currentKekId()).toBe('kek-2');
    const after = sealer.reseal(before, 'cases.close_reason');
    expect(EnvelopeSealer.kekIdOf(after)).toBe('kek-2');
    expect(after.split(':').pop()).toBe(before.split(':').pop());
    expect(sealer.open(after, 'cases.close_reason')).toBe('reason');
    expect(sealer.open(before, 'cases.close_reason')).toBe('reason');
    expect(sealer.reseal(after, 'cases.close_reason')).toBe(after);
  });

  it('reads the key file again when a value names a KEK it does not know yet', () => {
    const { file, keks } = keyFile('kek-1', 'kek-1');
    const reader = new FileKeyProvider(root, file, 60_000);
    writeFileSync(file, JSON.stringify({ current: 'kek-2', keks: { ...keks, 'kek-2': randomBytes(32).toString('base64') } }));
    const sealed = new EnvelopeSealer(new FileKeyProvider(root, file, 0)).seal('note', 'escalations.note');
    expect(new EnvelopeSealer(reader).open(sealed, 'escalations.note')).toBe('note');
  });

  it('gives equal blind indexes for equal values (normalised), different ones otherwise', () => {
    const key = randomBytes(32);
    expect(blindIndex(key, 'phone', ' Nguyễn ')).toBe(blindIndex(key, 'phone', 'nguyễn'));
    expect(blindIndex(key, 'phone', 'a')).not.toBe(blindIndex(key, 'name', 'a'));
    expect(blindIndex(key, 'phone', 'a')).not.toBe(blindIndex(randomBytes(32), 'phone', 'a'));
  });
});
