import { Logger } from '@nestjs/common';
import type { InjectedSinks } from '@temporalio/worker';
import type { AuditService } from '../modules/audit/audit.service';
import type { SecuritySinks } from './security-sinks';

const logger = new Logger('SecurityEvents');

/**
 * A message a workflow refused (a forged, copied or replayed one) becomes a security event: a row in the audit log
 * and a WARN line, both with names and ids only. Not called while a history replays, so each refusal counts once.
 */
export function securitySinks(audit: AuditService): InjectedSinks<SecuritySinks> {
  return {
    security: {
      messageRefused: {
        fn: (_info, event) => {
          logger.warn(`Refused ${event.kind} ${event.name} sent to ${event.workflowType} ${event.workflowId}: ${event.reason}`);
          audit
            .record({ actorId: null, action: 'MESSAGE_REFUSED', subjectType: 'PROCESS', subjectId: event.workflowId, detail: { ...event } })
            .catch((error: Error) => logger.error(`Could not record a refused message: ${error.name}`));
        },
        callDuringReplay: false,
      },
    },
  };
}
