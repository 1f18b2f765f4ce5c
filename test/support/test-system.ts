import 'reflect-metadata';
import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ApiModule } from '../../src/api.module';
import { configureApiApp } from '../../src/configure-api-app';
import { grantRoles } from '../../src/database/grant-roles';
import { migrationDataSourceOptions } from '../../src/database/migration-data-source-options';
import { upsertUsers } from '../../src/database/demo-users';
import type { DeadlineCatalogue } from '../../src/domain/deadline-catalogue';
import { WorkerModule } from '../../src/worker.module';
import { HttpClient } from './http-client';
import { TEST_DATA_KEY } from './test-data-key';
import { TEST_ROLE_PASSWORDS } from './test-role-passwords';
import { TEST_PASSWORD, TEST_USERS, TestUsername } from './test-users';

// Plain CommonJS shared with `npm start`.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureRoles, attachDatabase, roleUrls } = require('../../scripts/database-roles');

export interface TestSystem {
  http: HttpClient;
  /** As the schema owner (it ran the migrations): fixtures may write any table; audit_log stays append-only. */
  db: DataSource;
  /** The application role's connection string, as the API and the worker use it. */
  databaseUrl: string;
  /** A superuser on this test's database, for what no role of the system may do (tampering tests). */
  superuserUrl: string;
  taskQueue: string;
  /** An HTTP client carrying the token of a test user. */
  as(username: TestUsername): Promise<HttpClient>;
  startWorker(): Promise<void>;
  stopWorker(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A whole system for one test file: its own database (migrated like production) and task queue on the shared
 * PostgreSQL and Temporal servers, the real API on a free port and a real worker, both built from the app's modules.
 */
export async function startTestSystem(
  options: { catalogue?: Omit<DeadlineCatalogue, 'version'>; worker?: boolean; adminUrl?: string } = {},
): Promise<TestSystem> {
  const adminUrl = options.adminUrl ?? process.env.TEST_PG_ADMIN_URL!;
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const superuserUrl = adminUrl.replace(/\/[^/]*$/, `/${name}`);
  // The roles of production: migrations as the schema owner, the API and the worker as the application role.
  await ensureRoles(adminUrl, TEST_ROLE_PASSWORDS, { setPasswords: false });
  await attachDatabase(adminUrl, name);
  const roles = roleUrls(adminUrl, name, TEST_ROLE_PASSWORDS);
  const databaseUrl = roles.appUrl;
  const taskQueue = `test-${name}`;
  Object.assign(process.env, {
    DATABASE_URL: databaseUrl,
    DATABASE_MIGRATION_URL: roles.migrationUrl,
    DATABASE_REPORTING_ROLE: roles.reportingRole,
    TEMPORAL_TASK_QUEUE: taskQueue,
    TEMPORAL_CALL_TIMEOUT_MS: process.env.TEMPORAL_CALL_TIMEOUT_MS ?? '10000',
    JWT_SECRET: 'test-secret',
    DATA_ENCRYPTION_KEY: TEST_DATA_KEY,
  });

  const db = await new DataSource(migrationDataSourceOptions()).initialize();
  await db.runMigrations({ transaction: 'each' });
  await grantRoles(db);
  await upsertUsers(db, TEST_USERS);
  if (options.catalogue)
    await db.query(
      `INSERT INTO deadline_catalogue_versions (version, entries, escalation_ladder, note)
       SELECT MAX(version) + 1, $1, $2, 'short test durations' FROM deadline_catalogue_versions`,
      [JSON.stringify(options.catalogue.entries), JSON.stringify(options.catalogue.escalationLadder)],
    );

  const api: INestApplication = await NestFactory.create(ApiModule, { logger: ['error', 'warn'] });
  configureApiApp(api);
  await api.listen(0, '127.0.0.1');
  const http = new HttpClient(await api.getUrl().then((u) => u.replace('[::1]', '127.0.0.1')));

  // The worker's state changes are noise in test output; warnings and errors still show.
  if (!(globalThis as Record<string, unknown>).__RUNTIME__) {
    Runtime.install({ logger: new DefaultLogger('WARN') });
    (globalThis as Record<string, unknown>).__RUNTIME__ = true;
  }
  let worker: INestApplicationContext | undefined;
  const system: TestSystem = {
    http,
    db,
    databaseUrl,
    superuserUrl,
    taskQueue,
    async as(username) {
      const login = await http.post('/auth/login', { username, password: TEST_PASSWORD });
      if (login.status !== 200) throw new Error(`login ${username}: ${login.status} ${JSON.stringify(login.body)}`);
      return http.as(login.body.accessToken);
    },
    async startWorker() {
      worker ??= await NestFactory.createApplicationContext(WorkerModule, { logger: ['error', 'warn'] });
    },
    async stopWorker() {
      await worker?.close();
      worker = undefined;
    },
    async close() {
      await system.stopWorker();
      await api.close();
      await db.destroy();
    },
  };
  if (options.worker !== false) await system.startWorker();
  return system;
}
