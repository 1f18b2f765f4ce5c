import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * With RECORD_HISTORIES=1, saves a workflow's history (as the Temporal CLI exports it) under test/replay/histories,
 * so the replay test keeps checking that today's workflow code still replays what yesterday's produced.
 */
export async function recordHistory(workflowId: string, name: string): Promise<void> {
  if (process.env.RECORD_HISTORIES !== '1') return;
  writeFileSync(join(__dirname, '../replay/histories', `${name}.json`), historyJson(workflowId));
}

/** A workflow's history exactly as the server stores it (JSON, as the Temporal CLI exports it). */
export function historyJson(workflowId: string): string {
  return execFileSync(
    process.env.TEMPORAL_CLI_PATH!,
    ['workflow', 'show', '--workflow-id', workflowId, '--output', 'json', '--address', process.env.TEMPORAL_ADDRESS!],
    { encoding: 'utf8' },
  );
}
