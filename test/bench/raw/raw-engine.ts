import { Client, Connection, WorkflowHandle } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { completeRawUpdate, finishRawSignal, rawTaskWorkflow } from './raw-task.workflow';

/**
 * The baseline: a trivial workflow with an update on its own task queue and worker (default options), started and
 * updated with the raw client on the same Temporal server and in the same process as the project's API and worker.
 */
export class RawEngine {
  private readonly handles: WorkflowHandle<typeof rawTaskWorkflow>[] = [];

  private constructor(
    private readonly connection: Connection,
    private readonly client: Client,
    private readonly worker: Worker,
    private readonly running: Promise<void>,
    private readonly taskQueue: string,
  ) {}

  static async start(address: string): Promise<RawEngine> {
    const taskQueue = `raw-${randomUUID()}`;
    const worker = await Worker.create({
      connection: await NativeConnection.connect({ address }),
      taskQueue,
      workflowsPath: join(__dirname, 'raw-task.workflow.ts'),
    });
    const running = worker.run();
    const connection = await Connection.connect({ address });
    return new RawEngine(connection, new Client({ connection }), worker, running, taskQueue);
  }

  /** `workflow.start`: what POST /tips is compared with. */
  async start(): Promise<void> {
    this.handles.push(await this.client.workflow.start(rawTaskWorkflow, { workflowId: `raw-${randomUUID()}`, taskQueue: this.taskQueue }));
  }

  /** `executeUpdate` on the i-th started workflow: what a task completion is compared with. */
  async update(i: number): Promise<void> {
    await this.handles[i % this.handles.length].executeUpdate(completeRawUpdate, { args: [1] });
  }

  get started(): number {
    return this.handles.length;
  }

  async close(): Promise<void> {
    await Promise.all(this.handles.map((h) => h.signal(finishRawSignal).catch(() => undefined)));
    this.worker.shutdown();
    await this.running;
    await this.connection.close();
  }
}
