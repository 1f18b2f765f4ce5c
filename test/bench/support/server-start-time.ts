import { Connection } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { temporalServerPort } from '../../support/temporal-server-port';

export interface ServerStartTime {
  server: 'dev-server' | 'real-server';
  /** From spawning the server's process to a namespace that answers a list call (what a worker needs). */
  spawnToReadyMs: number;
  /** The real server only: creating its two databases and schemas first (a fresh clone's first start). */
  schemaSetupMs: number | null;
  /** Everything `npm start` waits for before it runs migrations: schemas (if any) + spawn → ready. */
  totalMs: number;
}

const root = join(__dirname, '../../..');

/**
 * Starts a second server of the kind the bench runs on, times it and stops it. Apart from the one the global setup
 * started (whose start the jest run does not expose), so that both servers are timed alike, from nothing:
 * the dev server in memory, the real server on two new databases of the test PostgreSQL.
 */
export async function serverStartTime(realServer: boolean): Promise<ServerStartTime> {
  return realServer ? realServerStart() : devServerStart();
}

async function devServerStart(): Promise<ServerStartTime> {
  const started = performance.now();
  const env = await TestWorkflowEnvironment.createLocal({
    server: {
      executable: { type: 'existing-path', path: process.env.TEMPORAL_CLI_PATH! },
      ip: '127.0.0.1',
      log: { format: 'pretty', level: 'warn' },
    },
  });
  try {
    await namespaceAnswers(env.address, 'default');
    const ms = Math.round(performance.now() - started);
    return { server: 'dev-server', spawnToReadyMs: ms, schemaSetupMs: null, totalMs: ms };
  } finally {
    await env.teardown();
  }
}

async function realServerStart(): Promise<ServerStartTime> {
  // Plain CommonJS shared with `npm start`.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startTemporalServer } = require('../../../scripts/temporal-server');
  const suffix = `bench_${process.pid}_${Date.now()}`;
  const dataDir = join(root, '.test-data', `temporal-start-${suffix}`);
  mkdirSync(dataDir, { recursive: true });
  const started = performance.now();
  let spawnedAt = started;
  let schemaSetupMs: number | null = null;
  const server = await startTemporalServer({
    dataDir,
    postgresUrl: process.env.TEST_PG_ADMIN_URL,
    port: await temporalServerPort(),
    databases: { main: `temporal_${suffix}`, visibility: `temporal_visibility_${suffix}` },
    // Its progress lines mark the phases: schemas done, then the process spawned.
    log: (line: string) => {
      if (line.startsWith('schemas of')) schemaSetupMs = Math.round(performance.now() - started);
      if (line.startsWith('starting Temporal server')) spawnedAt = performance.now();
    },
  });
  try {
    // startTemporalServer returns once the namespace answers a list call: the same end as the dev server's.
    const ready = performance.now();
    return {
      server: 'real-server',
      spawnToReadyMs: Math.round(ready - spawnedAt),
      schemaSetupMs,
      totalMs: Math.round(ready - started),
    };
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function namespaceAnswers(address: string, namespace: string): Promise<void> {
  const connection = await Connection.connect({ address });
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await connection.workflowService.listWorkflowExecutions({ namespace, pageSize: 1 });
        return;
      } catch (e) {
        if (attempt > 120) throw e;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  } finally {
    await connection.close();
  }
}
