import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import { errorName } from '../src/common/safe-error-summary';
import { classifyFailure } from '../src/modules/incidents/classify-failure';
import type { IncidentReport } from '../src/modules/incidents/incidents.service';
import type { ProcessActivities } from './process-activities';

/** Writes of the workflow's state into PostgreSQL: when one is refused for good, the process goes on without it. */
const PROJECTIONS = new Set<keyof ProcessActivities>([
  'saveTask',
  'saveEscalation',
  'notify',
  'setTipStatus',
  'saveCase',
  'attachTipToCase',
  'saveRecord',
]);

function subjectOf(args: unknown[]): string | null {
  const first = args[0] as { taskId?: unknown; escalationId?: unknown } | string | undefined;
  if (typeof first === 'string') return first;
  const id = first?.escalationId ?? first?.taskId;
  return typeof id === 'string' ? id : null;
}

/**
 * Wraps every activity so that (1) no failure leaves the worker with its message — database errors quote SQL
 * parameters, i.e. outcomes and reasons — only its class, SQLSTATE and a fixed text; and (2) a projection that
 * PostgreSQL refuses for good (bad data, broken constraint) becomes an incident for operators instead of a retry
 * loop that would hold the process forever. Other permanent failures are recorded too, and keep retrying.
 */
export function guardActivities(activities: ProcessActivities, record: (report: IncidentReport) => Promise<void>): ProcessActivities {
  const guarded = {} as Record<string, (...args: unknown[]) => Promise<unknown>>;
  for (const [name, fn] of Object.entries(activities) as [keyof ProcessActivities, (...args: unknown[]) => Promise<unknown>][]) {
    guarded[name] = async (...args: unknown[]) => {
      try {
        return await fn(...args);
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        const errorCode = typeof code === 'string' ? code : null;
        const errorClass = errorName(error);
        if (classifyFailure(error) === 'PERMANENT') {
          const workflowId = Context.current().info.workflowExecution?.workflowId ?? 'unknown';
          Context.current().log.warn(
            `${name} refused for good in ${workflowId}: ${errorClass}${errorCode ? ` [${errorCode}]` : ''}; recorded as an incident`,
          );
          await record({ workflowId, activity: name, subjectId: subjectOf(args), errorClass, errorCode });
          if (PROJECTIONS.has(name)) return undefined;
        }
        // A fixed text: messages of drivers and libraries may quote the values being written.
        const what = classifyFailure(error) === 'PERMANENT' ? 'refused (recorded as an incident)' : 'failed (transient)';
        throw ApplicationFailure.retryable(`${name} ${what}: ${errorClass}${errorCode ? ` [${errorCode}]` : ''}`, errorCode ?? errorClass);
      }
    };
  }
  return guarded as unknown as ProcessActivities;
}
