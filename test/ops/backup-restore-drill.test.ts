import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { TipStepType } from '../../src/domain/tip/tip-step-type';
import { AppProcess } from '../support/app-process';
import { eventually } from '../support/eventually';
import { freePort } from '../support/free-port';
import { HttpClient } from '../support/http-client';
import { OwnPostgresServer } from '../support/own-postgres-server';
import { shortCatalogue } from '../support/short-catalogue';
import { temporalServerPort } from '../support/temporal-server-port';
import { TEST_DATA_KEY } from '../support/test-data-key';
import { startTestSystem } from '../support/test-system';
import { TEST_PASSWORD } from '../support/test-users';
import { idempotencyKey, tipBody } from '../support/tip-requests';

const run = promisify(execFile);
const root = join(__dirname, '../..');
// Long enough that nothing fires before the backup, short enough that the test waits for it after the restore.
const VERIFY_SECONDS = 60;
const LADDER_SECONDS = [0, 5, 10];

interface TemporalServer {
  address: string;
  stop(): Promise<void>;
}

/**
 * The drill of docs/operations.md on the production engine: a running case with a pending deadline is backed up
 * (`npm run backup`), every data folder and the key file are wiped, `npm run restore` puts them back on a new
 * PostgreSQL, and the case carries on: its reminder and escalations fire, its sealed tipster contact still opens, and
 * its task can be completed.
 */
describe('backup and restore drill', () => {
  const dir = join(root, '.test-data', `drill-${process.pid}`);
  const keyFile = join(dir, 'secrets', 'app.env');
  const savedTemporalAddress = process.env.TEMPORAL_ADDRESS;
  let pg: OwnPostgresServer;
  let temporal: TemporalServer | undefined;
  const processes: AppProcess[] = [];

  let temporalPort: number;
  // The restored server on the same ports as the one backed up, as a province's would be.
  const startTemporal = async (): Promise<TemporalServer> => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { startTemporalServer } = require('../../scripts/temporal-server');
    temporalPort ??= await temporalServerPort();
    return startTemporalServer({ dataDir: join(dir, 'temporal'), postgresUrl: pg.adminUrl, port: temporalPort, log: () => undefined });
  };
  const script = (name: string, args: string[], env: NodeJS.ProcessEnv) =>
    run(process.execPath, [join(root, 'scripts', name), ...args], { cwd: root, env: { ...process.env, ...env } });

  beforeAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'secrets'), { recursive: true });
    writeFileSync(keyFile, `DATA_ENCRYPTION_KEY=${TEST_DATA_KEY}\n`, { mode: 0o600 });
    pg = new OwnPostgresServer(join(dir, 'pg'), await freePort());
    await pg.start();
    temporal = await startTemporal();
    process.env.TEMPORAL_ADDRESS = temporal.address;
  }, 240_000);
  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop()));
    await temporal?.stop();
    await pg?.stop();
    process.env.TEMPORAL_ADDRESS = savedTemporalAddress;
    rmSync(dir, { recursive: true, force: true });
  });

  it('brings a running case back with its timers after a wipe', async () => {
    // Before: the API (in this process) and a worker process; a tip whose verification deadline is pending.
    const system = await startTestSystem({
      worker: false,
      adminUrl: pg.adminUrl,
      catalogue: shortCatalogue({ [TipStepType.VERIFY]: VERIFY_SECONDS, [TipStepType.NOTIFY_PROCURACY]: 3600 }, LADDER_SECONDS),
    });
    const worker = new AppProcess('worker-before');
    processes.push(worker);
    await worker.polling(180_000);
    const coordinator = await system.as('coordinator');
    const tip = (
      await coordinator.post('/tips', tipBody({ tipsterContact: { name: 'Nguyễn Văn A', phone: '0912345678' } }), {
        'Idempotency-Key': idempotencyKey(),
      })
    ).body;
    const task: { id: string; due_at: Date } = await eventually(
      async () =>
        (await system.db.query(`SELECT id, due_at FROM tasks WHERE process_id = $1 AND step_type = $2`, [tip.processId, TipStepType.VERIFY]))[0],
      'the verification task',
      60_000,
    );
    await eventually(
      async () => Number((await system.db.query(`SELECT count(*) AS n FROM notifications WHERE task_id = $1`, [task.id]))[0].n) > 0,
      'the assignment notice',
    );

    // Pause the writers (Temporal keeps running), back up, and prove the timers had not fired yet.
    await worker.stop();
    const databaseUrl = system.databaseUrl;
    // A superuser takes and restores the backup, as a province's database administrator does: the roles come back
    // with their passwords, so the application's role signs in to the restored database.
    const superuserUrl = system.superuserUrl;
    await system.close();
    const env = {
      DATABASE_URL: databaseUrl,
      DATABASE_MIGRATION_URL: superuserUrl,
      TEMPORAL_POSTGRES_URL: pg.adminUrl,
      BACKUP_KEY_FILES: keyFile,
      DATA_ENCRYPTION_KEY: TEST_DATA_KEY,
    };
    const backup = await script('backup.js', ['--out', join(dir, 'backups', 'b1'), '--tar'], env);
    const archive = backup.stdout.trim().split('\n').at(-1)!;
    expect(archive).toBe(join(dir, 'backups', 'b1.tar.gz'));
    const check = new Client({ connectionString: databaseUrl });
    await check.connect();
    const before = await check.query(`SELECT count(*)::int AS n FROM escalations WHERE task_id = $1`, [task.id]);
    await check.end();
    expect(before.rows[0].n).toBe(0);
    expect(Date.now()).toBeLessThan(new Date(task.due_at).getTime());

    // Disaster: everything stops and every state is gone.
    await temporal!.stop();
    temporal = undefined;
    await pg.stop();
    for (const gone of ['pg', 'temporal', 'secrets']) rmSync(join(dir, gone), { recursive: true, force: true });
    expect(existsSync(keyFile)).toBe(false);

    // Restore onto a new, empty PostgreSQL, then start Temporal, a worker and an API process on it.
    await pg.start();
    const restored = await script('restore.js', [archive], { ...env, DATA_ENCRYPTION_KEY: '' });
    expect(restored.stdout).toContain('every checksum matches');
    const key = /^DATA_ENCRYPTION_KEY=(.*)$/m.exec(readFileSync(keyFile, 'utf8'))![1];
    temporal = await startTemporal();
    const appEnv = { DATABASE_URL: databaseUrl, TEMPORAL_ADDRESS: temporal.address, DATA_ENCRYPTION_KEY: key };
    const workerAfter = new AppProcess('worker-after', 'src/main.worker.ts', appEnv);
    const port = await freePort();
    const api = new AppProcess('api-after', 'src/main.api.ts', { ...appEnv, PORT: String(port) });
    processes.push(workerAfter, api);
    await workerAfter.polling(180_000);
    const http = new HttpClient(`http://127.0.0.1:${port}`);
    await eventually(async () => (await fetch(`${http.baseUrl}/health/ready`).catch(() => undefined))?.ok, 'the restored API', 120_000);
    const login = async (username: string) => http.as((await http.post('/auth/login', { username, password: TEST_PASSWORD })).body.accessToken);
    const [coordinatorAfter, officer] = await Promise.all([login('coordinator'), login('officer')]);

    // The case carries on: the deadline's reminder and every escalation level fire, once each.
    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      const levels = await eventually(
        async () => {
          const rows = (await db.query(`SELECT level FROM escalations WHERE task_id = $1 ORDER BY level`, [task.id])).rows;
          return rows.length >= LADDER_SECONDS.length && rows.map((r) => r.level);
        },
        'every escalation level after the restore',
        180_000,
      );
      expect(levels).toEqual([1, 2, 3]);
      const kinds = (await db.query(`SELECT kind FROM notifications WHERE task_id = $1`, [task.id])).rows.map((r) => r.kind).sort();
      expect(kinds).toEqual(['ESCALATION', 'ESCALATION', 'ESCALATION', 'REMINDER', 'TASK_ASSIGNED']);
    } finally {
      await db.end();
    }
    // Sealed with the restored key: the tipster's contact opens.
    expect((await coordinatorAfter.get(`/tips/${tip.reference}/tipster`)).body).toEqual({ name: 'Nguyễn Văn A', phone: '0912345678' });
    // And the work goes on: the verification completes and the workflow closes the tip.
    const done = await officer.post(`/tasks/${task.id}/complete`, {
      outcome: { decision: 'UNFOUNDED', findings: 'Nobody at the address', reason: 'Family dispute, no exploitation' },
    });
    expect(done.status).toBe(200);
    await eventually(
      async () => (await coordinatorAfter.get(`/tips/${tip.reference}`)).body.status === 'UNFOUNDED',
      'the tip closed as unfounded',
      60_000,
    );
  }, 900_000);
});
