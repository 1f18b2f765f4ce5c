import { SetMetadata } from '@nestjs/common';
import type { WorkAction } from './work-action';

export const AUDITED_ACTION_METADATA = 'auditedAction';

/** Marks a route that changes the work: ActionAuditInterceptor writes one audit row, with the real user, when it succeeds. */
export function AuditedAction<T>(action: WorkAction<T>): MethodDecorator {
  return SetMetadata(AUDITED_ACTION_METADATA, action);
}
