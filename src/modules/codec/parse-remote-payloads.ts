import type { Payload } from '@temporalio/common';
import type { RemotePayload } from './remote-payload';

const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

/**
 * The payloads of a codec request body `{ "payloads": [...] }`, or a sentence saying what is wrong with it. Pure: the
 * protocol's JSON is checked here rather than by a DTO, because metadata keys are free.
 */
export function parseRemotePayloads(body: unknown): Payload[] | string {
  if (typeof body !== 'object' || body === null) return 'expected a JSON body { "payloads": [ { "metadata": { … }, "data": "…" } ] }';
  // Go's SDK (the CLI) marshals an empty list as null.
  const given = (body as { payloads?: unknown }).payloads ?? [];
  if (!Array.isArray(given)) return 'payloads: expected an array';
  const payloads: Payload[] = [];
  for (const [index, item] of (given as unknown[]).entries()) {
    if (typeof item !== 'object' || item === null) return `payloads[${index}]: expected an object`;
    const { metadata = {}, data = '' } = item as RemotePayload;
    if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) return `payloads[${index}].metadata: expected an object`;
    const decodedMetadata: Record<string, Uint8Array> = {};
    for (const [key, value] of Object.entries(metadata)) {
      if (typeof value !== 'string' || !BASE64.test(value)) return `payloads[${index}].metadata.${key}: expected base64`;
      decodedMetadata[key] = Buffer.from(value, 'base64');
    }
    if (typeof data !== 'string' || !BASE64.test(data)) return `payloads[${index}].data: expected base64`;
    payloads.push({ metadata: decodedMetadata, data: Buffer.from(data, 'base64') });
  }
  return payloads;
}
