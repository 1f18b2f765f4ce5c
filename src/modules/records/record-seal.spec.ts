import { randomBytes } from 'node:crypto';
import { RECORD_KEY_ID, RecordSeal } from './record-seal';

describe('RecordSeal', () => {
  const seal = new RecordSeal(randomBytes(32));
  const view = { timeline: [{ type: 'TASK_COMPLETED', detail: { findings: 'Nạn nhân ở nhà nghỉ Hoa Mai' } }] };

  it('opens what it sealed for the same workflow, and stores no text in clear', () => {
    const { keyId, sealed } = seal.seal('tip-verification-TIP-1', view);
    expect(keyId).toBe(RECORD_KEY_ID);
    expect(sealed.toString('utf8')).not.toContain('Hoa Mai');
    expect(seal.open('tip-verification-TIP-1', keyId, sealed)).toEqual(view);
  });

  it('refuses a record moved onto another workflow, altered, or sealed with another key', () => {
    const { keyId, sealed } = seal.seal('rescue-CASE-1-1', view);
    expect(() => seal.open('rescue-CASE-2-1', keyId, sealed)).toThrow();
    const altered = Buffer.from(sealed);
    altered[altered.length - 1] ^= 1;
    expect(() => seal.open('rescue-CASE-1-1', keyId, altered)).toThrow();
    expect(() => new RecordSeal(randomBytes(32)).open('rescue-CASE-1-1', keyId, sealed)).toThrow();
    expect(() => seal.open('rescue-CASE-1-1', 'record-key-v0', sealed)).toThrow(/No key/);
  });
});
