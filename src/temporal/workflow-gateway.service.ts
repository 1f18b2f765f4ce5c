import { Injectable } from '@nestjs/common';
import { Client, WorkflowExecutionAlreadyStartedError, WorkflowStartOptions } from '@temporalio/client';
import type { QueryDefinition, UpdateDefinition, Workflow } from '@temporalio/common';
import { temporalConfig } from '../config/temporal.config';
import { translateTemporalError } from './translate-temporal-error';

/** The API's only door to Temporal: every call has a deadline and every failure a meaningful HTTP error. */
@Injectable()
export class WorkflowGateway {
  private readonly config = temporalConfig();

  constructor(private readonly client: Client) {}

  /** Starts a workflow; starting one that already exists (a retried registration) is not an error. */
  async start<W extends Workflow>(workflow: W, workflowId: string, args: Parameters<W>): Promise<'STARTED' | 'ALREADY_STARTED'> {
    try {
      await this.withDeadline(() =>
        this.client.workflow.start(workflow, { workflowId, taskQueue: this.config.taskQueue, args } as unknown as WorkflowStartOptions<W>),
      );
      return 'STARTED';
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) return 'ALREADY_STARTED';
      throw translateTemporalError(error, `process ${workflowId}`);
    }
  }

  async update<Ret, Args extends [unknown]>(workflowId: string, update: UpdateDefinition<Ret, Args>, ...args: Args): Promise<Ret> {
    try {
      return await this.withDeadline(() => this.client.workflow.getHandle(workflowId).executeUpdate(update, { args }));
    } catch (error) {
      throw translateTemporalError(error, `process ${workflowId}`);
    }
  }

  async query<Ret>(workflowId: string, query: QueryDefinition<Ret, []>): Promise<Ret> {
    try {
      return await this.withDeadline(() => this.client.workflow.getHandle(workflowId).query(query));
    } catch (error) {
      throw translateTemporalError(error, `process ${workflowId}`);
    }
  }

  /** Health: a cheap call that needs the server, not a worker. */
  async ping(): Promise<void> {
    await this.withDeadline(() => this.client.workflowService.getSystemInfo({}), 3000);
  }

  private withDeadline<T>(fn: () => Promise<T>, timeoutMs = this.config.callTimeoutMs): Promise<T> {
    return this.client.connection.withDeadline(Date.now() + timeoutMs, fn);
  }
}
