import { Injectable } from '@nestjs/common';
import { Client, WorkflowExecutionAlreadyStartedError, WorkflowStartOptions } from '@temporalio/client';
import { WorkflowIdReusePolicy } from '@temporalio/common';
import type { QueryDefinition, UpdateDefinition, Workflow } from '@temporalio/common';
import { AppException } from '../common/app-exception';
import { engineContact } from '../common/engine-contact/engine-contact';
import { temporalConfig } from '../config/temporal.config';
import { ErrorCode } from '../domain/error-code';
import { CallTimedOut } from './call-timed-out';
import { engineUnavailable, translateTemporalError } from './translate-temporal-error';

/** How long the reachability check before a change may take, at most. */
const PROBE_MS = 2000;

/**
 * The API's only door to Temporal: every call ends within the configured timeout, and its failure says what is
 * known — 503 when the engine was not reachable (nothing was sent), 504 OUTCOME_UNKNOWN when a change was sent but
 * not answered in time.
 */
@Injectable()
export class WorkflowGateway {
  private readonly config = temporalConfig();

  constructor(private readonly client: Client) {}

  /**
   * Starts a workflow; starting one that already exists (a retried registration) is not an error. An ID that was
   * used before, even by a process that has closed since, is never started a second time.
   */
  async start<W extends Workflow>(workflow: W, workflowId: string, args: Parameters<W>): Promise<'STARTED' | 'ALREADY_STARTED'> {
    const subject = `process ${workflowId}`;
    const deadline = await this.reachableOrThrow(subject, true);
    const before = engineContact.changeSending();
    try {
      await this.until(deadline, () =>
        this.client.workflow.start(workflow, {
          workflowId,
          taskQueue: this.config.taskQueue,
          args,
          workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
        } as unknown as WorkflowStartOptions<W>),
      );
      return 'STARTED';
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) return 'ALREADY_STARTED';
      throw refused(translateTemporalError(error, subject, true), before);
    }
  }

  async update<Ret, Args extends [unknown]>(workflowId: string, update: UpdateDefinition<Ret, Args>, ...args: Args): Promise<Ret> {
    const subject = `process ${workflowId}`;
    const deadline = await this.reachableOrThrow(subject);
    const before = engineContact.changeSending();
    try {
      return await this.until(deadline, () => this.client.workflow.getHandle(workflowId).executeUpdate(update, { args }));
    } catch (error) {
      throw refused(translateTemporalError(error, subject, true), before);
    }
  }

  /** Queries change nothing: no answer is always a plain 503. */
  async query<Ret>(workflowId: string, query: QueryDefinition<Ret, []>): Promise<Ret> {
    try {
      return await this.until(Date.now() + this.config.callTimeoutMs, () => this.client.workflow.getHandle(workflowId).query(query));
    } catch (error) {
      const translated = translateTemporalError(error, `process ${workflowId}`);
      // A process that cannot answer now (its task is failing, or it is being replayed) is not a server bug.
      if (translated instanceof AppException) throw translated;
      throw new AppException(
        ErrorCode.WORKFLOW_ENGINE_UNAVAILABLE,
        `Process ${workflowId} could not answer now; nothing was changed. Try again shortly`,
      );
    }
  }

  /** Health: a cheap call that needs the server, not a worker. */
  async ping(timeoutMs = 3000): Promise<void> {
    await this.until(Date.now() + timeoutMs, () => this.client.workflowService.getSystemInfo({}));
  }

  /** Checks the engine answers before a change is sent, so that a failure here is certainly "nothing changed". */
  private async reachableOrThrow(subject: string, starting = false): Promise<number> {
    const deadline = Date.now() + this.config.callTimeoutMs;
    try {
      await this.until(Math.min(deadline, Date.now() + PROBE_MS), () => this.client.workflowService.getSystemInfo({}));
    } catch {
      throw engineUnavailable(subject, starting);
    }
    return deadline;
  }

  /** The client's own deadline, and a timer of ours in case the library keeps waiting beyond it. */
  private until<T>(deadline: number, fn: () => Promise<T>): Promise<T> {
    const timeoutMs = Math.max(1, deadline - Date.now());
    let timer: NodeJS.Timeout | undefined;
    const call = this.client.connection.withDeadline(deadline, fn);
    call.catch(() => undefined);
    const clock = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new CallTimedOut(timeoutMs)), timeoutMs + 50);
    });
    return Promise.race([call, clock]).finally(() => clearTimeout(timer));
  }
}

/** A rule's "no" (a 4xx) means the engine applied nothing: the request is as if this change had never been sent. */
function refused(error: Error, before: boolean): Error {
  if (error instanceof AppException && error.getStatus() < 500) engineContact.undo(before);
  return error;
}
