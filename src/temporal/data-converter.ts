import type { DataConverter } from '@temporalio/common';
import { securityConfig } from '../config/security.config';
import { EncryptionCodec } from './encryption-codec';

/**
 * The same sealing for the API's client and the worker. An unsealed payload is refused outright by the client, and
 * marked on the worker, where the workflow interceptors refuse the message (see unsealed-payload-interceptors.ts).
 */
export function dataConverter(unsealed: 'refuse' | 'mark' = 'refuse'): DataConverter {
  return { payloadCodecs: [new EncryptionCodec(securityConfig().dataKey, unsealed)] };
}
