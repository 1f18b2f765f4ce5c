import { randomBytes, randomUUID } from 'node:crypto';
import { Client, Connection, WorkflowHandle } from '@temporalio/client';
import type { Workflow } from '@temporalio/common';
import { sealedClientOptions } from '../../src/temporal/sealed-client-options';

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
  const client = new Client({ connection, ...sealedClientOptions() });
  const handle = await client.workflow.start(workflow, {
    workflowId,
    taskQueue: process.env.TEMPORAL_TASK_QUEUE!,
    args: [input],
  } as never);
  return { handle: handle as WorkflowHandle<W>, close: () => connection.close() };
}

/** Starts a process the way a case would, under a made-up case: its ID is `<kind>-CASE-TEST-XXXXXX-1`. */
export async function startAsCaseChild<W extends Workflow>(
  kind: string,
  workflow: W,
  input: Omit<Parameters<W>[0], 'caseId' | 'caseReference'>,
): Promise<{ processId: string; handle: WorkflowHandle<W>; close: () => Promise<void> }> {
  const caseReference = `CASE-TEST-${randomBytes(3).toString('hex').toUpperCase()}`;
  const processId = `${kind}-${caseReference}-1`;
  const started = await startProcess(workflow, processId, { caseId: randomUUID(), caseReference, ...input } as Parameters<W>[0]);
  return { processId, ...started };
}
