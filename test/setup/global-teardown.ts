import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { rmSync } from 'node:fs';
import type { OwnPostgresServer } from '../support/own-postgres-server';

export default async function globalTeardown(): Promise<void> {
  const g = globalThis as Record<string, unknown>;
  await (g.__TEMPORAL__ as TestWorkflowEnvironment | undefined)?.teardown();
  const temporalServer = g.__TEMPORAL_SERVER__ as { server: { stop(): Promise<void> }; dataDir: string } | undefined;
  await temporalServer?.server.stop();
  if (temporalServer) rmSync(temporalServer.dataDir, { recursive: true, force: true });
  const pg = g.__PG__ as { server: OwnPostgresServer; dir: string } | undefined;
  await pg?.server.stop();
  if (pg) rmSync(pg.dir, { recursive: true, force: true });
  if (process.env.WORKFLOW_BUNDLE_PATH) rmSync(process.env.WORKFLOW_BUNDLE_PATH, { force: true });
}
