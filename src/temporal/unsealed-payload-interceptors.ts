import {
  ApplicationFailure,
  patched,
  proxySinks,
  workflowInfo,
  type Next,
  type QueryInput,
  type SignalInput,
  type SignalWorkflowInput,
  type StartChildWorkflowExecutionInput,
  type UpdateInput,
  type WorkflowExecuteInput,
  type WorkflowInboundCallsInterceptor,
  type WorkflowInterceptorsFactory,
  type WorkflowOutboundCallsInterceptor,
} from '@temporalio/workflow';
import { AppliedMessageIds } from './applied-message-ids';
import { bindArgs, type MessageKind, unbindArgs } from './message-binding';
import type { RefusalReason, SecuritySinks } from './security-sinks';
import { isUnsealedPayload } from './unsealed-payload';

const FORBIDDEN = 'FORBIDDEN';
/** Executions that recorded this marker (all begun since) accept only bound messages; older ones replay as recorded. */
const BINDING_PATCH = 'bound-messages';
const { security } = proxySinks<SecuritySinks>();

/** The handler's arguments of a message written for this use, or why it is refused. */
type Opened = { args: unknown[] } | { reason: RefusalReason };

/**
 * Bundled with the workflows (scripts/bundle-workflows.js, the test setup). Every start, signal and update must be
 * sealed with the deployment's key AND bound to this namespace, this workflow, its kind and name, and (signals,
 * updates) an id not applied before (message-binding.ts). Anything else is never applied — an update is rejected, a
 * signal dropped, a start failed — and reported through the security sink. Deterministic: it reads only the decoded
 * arguments and its own state, so histories replay the same.
 */
class GuardInboundMessages implements WorkflowInboundCallsInterceptor {
  private readonly applied = new AppliedMessageIds();

  execute(input: WorkflowExecuteInput, next: Next<WorkflowInboundCallsInterceptor, 'execute'>): Promise<unknown> {
    const opened = this.open('start', workflowInfo().workflowType, null, input.args);
    if ('reason' in opened) throw this.refuse('start', workflowInfo().workflowType, opened.reason);
    return next({ ...input, args: opened.args });
  }

  handleSignal(input: SignalInput, next: Next<WorkflowInboundCallsInterceptor, 'handleSignal'>): Promise<void> {
    const opened = this.open('signal', input.signalName, null, input.args);
    if ('reason' in opened) {
      this.refuse('signal', input.signalName, opened.reason);
      return Promise.resolve();
    }
    return next({ ...input, args: opened.args });
  }

  validateUpdate(input: UpdateInput, next: Next<WorkflowInboundCallsInterceptor, 'validateUpdate'>): void {
    // A validator runs only for a new update, never on replay: an unbound one here is never an old recorded one.
    const opened = unbindArgs(input.args)
      ? this.open('update', input.name, input.updateId, input.args, false)
      : { reason: this.unboundReason(input.args) };
    if ('reason' in opened) throw this.refuse('update', input.name, opened.reason);
    next({ ...input, args: opened.args });
  }

  handleUpdate(input: UpdateInput, next: Next<WorkflowInboundCallsInterceptor, 'handleUpdate'>): Promise<unknown> {
    const opened = this.open('update', input.name, input.updateId, input.args);
    if ('reason' in opened) throw this.refuse('update', input.name, opened.reason);
    return next({ ...input, args: opened.args });
  }

  handleQuery(input: QueryInput, next: Next<WorkflowInboundCallsInterceptor, 'handleQuery'>): Promise<unknown> {
    // Queries change nothing and their answers are sealed for the key holder: only an unsealed one is refused.
    if (input.args.some(isUnsealedPayload)) throw this.refuse('query', input.queryName, 'UNSEALED');
    return next(input);
  }

  /** Checks the binding; a message applied here is remembered (not when only validated), so its copy is refused. */
  private open(kind: MessageKind, name: string, updateId: string | null, args: unknown[], remember = true): Opened {
    // Never opened, in any execution: old code refused these too, so their histories replay the same.
    if (args.some(isUnsealedPayload)) return { reason: 'UNSEALED' };
    const bound = unbindArgs(args);
    if (!bound) {
      // Only executions begun before messages were bound may hold unbound ones in their history.
      return patched(BINDING_PATCH) ? { reason: this.unboundReason(args) } : { args };
    }
    const { binding } = bound;
    const info = workflowInfo();
    const expectedId = kind === 'update' ? updateId : binding.messageId;
    if (binding.namespace !== info.namespace || binding.workflowId !== info.workflowId || binding.kind !== kind || binding.name !== name)
      return { reason: 'WRONG_BINDING' };
    if (kind === 'start') return { args: bound.args };
    if (!expectedId || binding.messageId !== expectedId) return { reason: 'WRONG_BINDING' };
    if (this.applied.has(expectedId)) return { reason: 'REPLAYED' };
    if (remember) this.applied.add(expectedId);
    return { args: bound.args };
  }

  private unboundReason(args: unknown[]): RefusalReason {
    return args.some(isUnsealedPayload) ? 'UNSEALED' : 'UNBOUND';
  }

  private refuse(kind: MessageKind | 'query', name: string, reason: RefusalReason): ApplicationFailure {
    const { workflowId, workflowType } = workflowInfo();
    security.messageRefused({ workflowId, workflowType, kind, name, reason });
    return ApplicationFailure.nonRetryable(`Refused ${kind} ${name}: it is not sealed for this use (${reason})`, FORBIDDEN);
  }
}

/** Binds what a workflow sends to others — signals to its children or parent case, its children's starts. */
class BindOutboundMessages implements WorkflowOutboundCallsInterceptor {
  signalWorkflow(input: SignalWorkflowInput, next: Next<WorkflowOutboundCallsInterceptor, 'signalWorkflow'>): Promise<void> {
    const { namespace, runId } = workflowInfo();
    const workflowId = input.target.type === 'external' ? (input.target.workflowExecution.workflowId ?? '') : input.target.childWorkflowId;
    // The command's sequence number makes the id unique and the same on every replay, without drawing randomness.
    const binding = { namespace, workflowId, kind: 'signal' as const, name: input.signalName, messageId: `${runId}/${input.seq}` };
    return next({ ...input, args: bindArgs(binding, input.args) });
  }

  startChildWorkflowExecution(
    input: StartChildWorkflowExecutionInput,
    next: Next<WorkflowOutboundCallsInterceptor, 'startChildWorkflowExecution'>,
  ): Promise<[Promise<string>, Promise<unknown>]> {
    const { workflowId, args } = input.options;
    const binding = { namespace: workflowInfo().namespace, workflowId, kind: 'start' as const, name: input.workflowType, messageId: null };
    return next({ ...input, options: { ...input.options, args: bindArgs(binding, args) } });
  }
}

export const interceptors: WorkflowInterceptorsFactory = () => ({ inbound: [new GuardInboundMessages()], outbound: [new BindOutboundMessages()] });
