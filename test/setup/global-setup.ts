import { bundleWorkflowCode, DefaultLogger } from '@temporalio/worker';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../support/free-port';
import { OwnPostgresServer } from '../support/own-postgres-server';
import { temporalServerPort } from '../support/temporal-server-port';

const root = join(__dirname, '../..');

async function startPostgres(): Promise<string> {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const dir = join(root, '.test-data', `pg-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const server = new OwnPostgresServer(dir, await freePort());
  await server.start();
  (globalThis as Record<string, unknown>).__PG__ = { server, dir };
  return server.adminUrl;
}

/** TEST_TEMPORAL=server (jest.temporal-server.config.js): the real Temporal server on the test PostgreSQL, as in production. */
async function startTemporalServer(adminUrl: string): Promise<string> {
  // Plain CommonJS shared with `npm start`, so it runs before any build.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startTemporalServer: start } = require('../../scripts/temporal-server');
  const dataDir = join(root, '.test-data', `temporal-server-${process.pid}`);
  mkdirSync(dataDir, { recursive: true });
  const server = await start({
    dataDir,
    postgresUrl: adminUrl,
    port: await temporalServerPort(),
    log: (m: string) => console.log(`[temporal] ${m}`),
  });
  (globalThis as Record<string, unknown>).__TEMPORAL_SERVER__ = { server, dataDir };
  return server.address;
}

async function startTemporal(): Promise<string> {
  if (process.env.TEMPORAL_ADDRESS) return process.env.TEMPORAL_ADDRESS;
  const path = process.env.TEMPORAL_CLI_PATH;
  if (!path) throw new Error('TEMPORAL_CLI_PATH is not set: run the tests with `npm test`, which obtains the Temporal CLI');
  const env = await TestWorkflowEnvironment.createLocal({
    server: { executable: { type: 'existing-path', path }, ip: '127.0.0.1', log: { format: 'pretty', level: 'warn' } },
  });
  (globalThis as Record<string, unknown>).__TEMPORAL__ = env;
  return env.address;
}

/** Starts PostgreSQL and Temporal once for the whole run, and bundles the workflows once for every worker. */
export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const realServer = process.env.TEST_TEMPORAL === 'server' && !process.env.TEMPORAL_ADDRESS;
  const [adminUrl, temporalAddress, bundle] = await Promise.all([
    startPostgres(),
    realServer ? undefined : startTemporal(),
    bundleWorkflowCode({
      workflowsPath: join(root, 'workflows/index.ts'),
      workflowInterceptorModules: [join(root, 'src/temporal/unsealed-payload-interceptors.ts')],
      logger: new DefaultLogger('WARN'),
    }),
  ]);
  const bundlePath = join(root, '.test-data', `workflow-bundle-${process.pid}.js`);
  mkdirSync(join(root, '.test-data'), { recursive: true });
  writeFileSync(bundlePath, bundle.code);
  process.env.TEST_PG_ADMIN_URL = adminUrl;
  process.env.TEMPORAL_ADDRESS = temporalAddress ?? (await startTemporalServer(adminUrl));
  process.env.WORKFLOW_BUNDLE_PATH = bundlePath;
  console.log(
    `\nTest services ready in ${Date.now() - started} ms: PostgreSQL ${adminUrl.replace(/:[^:@/]+@/, ':***@')}, Temporal ${process.env.TEMPORAL_ADDRESS}${realServer ? ' (Temporal server on PostgreSQL)' : ''}`,
  );
}
