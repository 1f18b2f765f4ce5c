import { parseRemotePayloads } from './parse-remote-payloads';

const b64 = (text: string) => Buffer.from(text).toString('base64');

describe('parseRemotePayloads (the codec protocol body)', () => {
  it('reads metadata and data from base64', () => {
    const [payload] = parseRemotePayloads({ payloads: [{ metadata: { encoding: b64('json/plain') }, data: b64('"x"') }] }) as any[];
    expect(Buffer.from(payload.metadata.encoding).toString()).toBe('json/plain');
    expect(Buffer.from(payload.data).toString()).toBe('"x"');
  });

  it('takes null or a missing list as no payloads (Go marshals an empty slice as null)', () => {
    expect(parseRemotePayloads({ payloads: null })).toEqual([]);
    expect(parseRemotePayloads({})).toEqual([]);
  });

  it('names what is wrong', () => {
    expect(parseRemotePayloads('text')).toMatch(/expected a JSON body/);
    expect(parseRemotePayloads({ payloads: 'x' })).toBe('payloads: expected an array');
    expect(parseRemotePayloads({ payloads: [1] })).toBe('payloads[0]: expected an object');
    expect(parseRemotePayloads({ payloads: [{ metadata: [] }] })).toBe('payloads[0].metadata: expected an object');
    expect(parseRemotePayloads({ payloads: [{ metadata: { encoding: 'not base64!' } }] })).toBe('payloads[0].metadata.encoding: expected base64');
    expect(parseRemotePayloads({ payloads: [{ data: '%%%' }] })).toBe('payloads[0].data: expected base64');
  });
});
