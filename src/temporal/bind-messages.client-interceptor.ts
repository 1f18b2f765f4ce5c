import { randomUUID } from 'node:crypto';
import type {
  Next,
  WorkflowClientInterceptor,
  WorkflowSignalInput,
  WorkflowStartInput,
  WorkflowStartOutput,
  WorkflowStartUpdateInput,
  WorkflowStartUpdateOutput,
} from '@temporalio/client';
import { bindArgs } from './message-binding';

/**
 * Binds every start, signal and update this client sends to its namespace, target workflow, kind, name and (for
 * updates and signals) a message id, inside the sealed payload. The update id is fixed here so that the binding
 * names the id the server records.
 */
export class BindMessagesInterceptor implements WorkflowClientInterceptor {
  constructor(private readonly namespace: string) {}

  startWithDetails(input: WorkflowStartInput, next: Next<WorkflowClientInterceptor, 'startWithDetails'>): Promise<WorkflowStartOutput> {
    return next(this.boundStart(input));
  }

  signal(input: WorkflowSignalInput, next: Next<WorkflowClientInterceptor, 'signal'>): Promise<void> {
    const binding = { namespace: this.namespace, workflowId: input.workflowExecution.workflowId, kind: 'signal' as const };
    return next({ ...input, args: bindArgs({ ...binding, name: input.signalName, messageId: randomUUID() }, input.args) });
  }

  startUpdate(input: WorkflowStartUpdateInput, next: Next<WorkflowClientInterceptor, 'startUpdate'>): Promise<WorkflowStartUpdateOutput> {
    const updateId = input.options.updateId ?? randomUUID();
    const binding = { namespace: this.namespace, workflowId: input.workflowExecution.workflowId, kind: 'update' as const };
    return next({
      ...input,
      options: { ...input.options, updateId },
      args: bindArgs({ ...binding, name: input.updateName, messageId: updateId }, input.args),
    });
  }

  private boundStart(input: WorkflowStartInput): WorkflowStartInput {
    const { workflowId, args = [] } = input.options;
    const binding = { namespace: this.namespace, workflowId, kind: 'start' as const, name: input.workflowType, messageId: null };
    return { ...input, options: { ...input.options, args: bindArgs(binding, args) } };
  }
}
