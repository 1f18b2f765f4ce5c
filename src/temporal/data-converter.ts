import type { DataConverter } from '@temporalio/common';
import { securityConfig } from '../config/security.config';
import { EncryptionCodec } from './encryption-codec';

/** The same converter for the API's client and the worker: both must seal and open payloads alike. */
export function dataConverter(): DataConverter {
  return { payloadCodecs: [new EncryptionCodec(securityConfig().dataKey)] };
}
