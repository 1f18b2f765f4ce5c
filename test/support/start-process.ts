import { Client, Connection, WorkflowHandle } from '@temporalio/client';
import type { Workflow } from '@temporalio/common';
import { dataConverter } from '../../src/temporal/data-converter';

/**
 * Starts a process workflow directly on the test system's task queue, as its parent (the case) would: for tests of
 * one process on its own. Steps are then worked through the HTTP API like any other task.
 */
export async function startProcess<W extends Workflow>(
  workflow: W,
  workflowId: string,
  input: Parameters<W>[0],
): Promise<{ handle: WorkflowHandle<W>; close: () => Promise<void> }> {
  const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS });
  const client = new Client({ connection, dataConverter: dataConverter() });
  const handle = await client.workflow.start(workflow, {
    workflowId,
    taskQueue: process.env.TEMPORAL_TASK_QUEUE!,
    args: [input],
  } as never);
  return { handle: handle as WorkflowHandle<W>, close: () => connection.close() };
}
