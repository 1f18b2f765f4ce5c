import { SetMetadata } from '@nestjs/common';
import type { ReadDisclosure } from './read-disclosure';

export const AUDITED_READ_METADATA = 'auditedRead';

/** Marks a route whose answer discloses victim or tipster data: ReadAuditInterceptor writes one audit row per request. */
export function AuditedRead<T>(disclosure: ReadDisclosure<T>): MethodDecorator {
  return SetMetadata(AUDITED_READ_METADATA, disclosure);
}
