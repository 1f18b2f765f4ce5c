import type { Payload } from '@temporalio/common';
import type { RemotePayload } from './remote-payload';

/** A payload in the protocol's JSON form (the inverse of parseRemotePayloads for one payload). */
export function toRemotePayload(payload: Payload): RemotePayload {
  const metadata: Record<string, string> = {};
  for (const [key, value] of Object.entries(payload.metadata ?? {})) metadata[key] = Buffer.from(value ?? new Uint8Array()).toString('base64');
  return { metadata, data: Buffer.from(payload.data ?? new Uint8Array()).toString('base64') };
}
