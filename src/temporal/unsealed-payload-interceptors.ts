import {
  ApplicationFailure,
  log,
  type Next,
  type QueryInput,
  type SignalInput,
  type UpdateInput,
  type WorkflowExecuteInput,
  type WorkflowInboundCallsInterceptor,
  type WorkflowInterceptorsFactory,
} from '@temporalio/workflow';
import { isUnsealedPayload } from './unsealed-payload';

const FORBIDDEN = 'FORBIDDEN';
const refused = (what: string) => ApplicationFailure.nonRetryable(`Refused ${what}: its payload is not sealed with this deployment's key`, FORBIDDEN);

/**
 * Bundled with the workflows (scripts/bundle-workflows.js, the test setup): messages whose payload the codec could
 * not open are never applied — an update is rejected, a signal dropped, a start failed. Deterministic: it only reads
 * the decoded arguments, so histories replay the same with or without it.
 */
class RefuseUnsealedPayloads implements WorkflowInboundCallsInterceptor {
  execute(input: WorkflowExecuteInput, next: Next<WorkflowInboundCallsInterceptor, 'execute'>): Promise<unknown> {
    if (input.args.some(isUnsealedPayload)) throw refused('a workflow start');
    return next(input);
  }

  handleSignal(input: SignalInput, next: Next<WorkflowInboundCallsInterceptor, 'handleSignal'>): Promise<void> {
    if (input.args.some(isUnsealedPayload)) {
      log.warn(`Dropped signal ${input.signalName}: its payload is not sealed with this deployment's key`);
      return Promise.resolve();
    }
    return next(input);
  }

  validateUpdate(input: UpdateInput, next: Next<WorkflowInboundCallsInterceptor, 'validateUpdate'>): void {
    if (input.args.some(isUnsealedPayload)) throw refused(`update ${input.name}`);
    next(input);
  }

  handleUpdate(input: UpdateInput, next: Next<WorkflowInboundCallsInterceptor, 'handleUpdate'>): Promise<unknown> {
    if (input.args.some(isUnsealedPayload)) throw refused(`update ${input.name}`);
    return next(input);
  }

  handleQuery(input: QueryInput, next: Next<WorkflowInboundCallsInterceptor, 'handleQuery'>): Promise<unknown> {
    if (input.args.some(isUnsealedPayload)) throw refused(`query ${input.queryName}`);
    return next(input);
  }
}

export const interceptors: WorkflowInterceptorsFactory = () => ({ inbound: [new RefuseUnsealedPayloads()] });
