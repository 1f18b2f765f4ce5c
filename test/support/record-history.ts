import { Client, Connection } from '@temporalio/client';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * With RECORD_HISTORIES=1, saves a finished workflow's history under test/replay/histories so the replay test
 * keeps checking that today's workflow code still replays what yesterday's produced.
 */
export async function recordHistory(workflowId: string, name: string): Promise<void> {
  if (process.env.RECORD_HISTORIES !== '1') return;
  const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS });
  try {
    const history = await new Client({ connection }).workflow.getHandle(workflowId).fetchHistory();
    writeFileSync(join(__dirname, '../replay/histories', `${name}.json`), JSON.stringify(history, null, 1));
  } finally {
    await connection.close();
  }
}
