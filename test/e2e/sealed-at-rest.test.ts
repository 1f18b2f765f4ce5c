import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countByKek } from '../../src/database/sealing/count-by-kek';
import { TipStepType } from '../../src/domain/tip/tip-step-type';
import { eventually } from '../support/eventually';
import { HttpClient } from '../support/http-client';
import { openTask } from '../support/open-task';
import { startTestSystem, TestSystem } from '../support/test-system';
import { idempotencyKey, tipBody } from '../support/tip-requests';

const CANARY = 'CANARYxQ7Z';
const REPO = join(__dirname, '../..');

/** `npm run keys:rotate`'s entry, run from the TypeScript sources against this test's database and key file. */
function rotateKeys(env: NodeJS.ProcessEnv, ...args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', './test/support/register-typescript.js', 'src/database/keys-rotate.ts', ...args], {
      cwd: REPO,
      env,
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`keys:rotate exited ${code}: ${out}`))));
  });
}

/**
 * Every identifying or narrative value is sealed at rest (envelope encryption, a KEK id per value): a canary put in
 * every free-text field never shows in clear in any table, authorised readers still get it back, searches still find
 * it for those who may read it, and `keys:rotate` moves every value to a new KEK while the API keeps answering.
 */
describe('sealed at rest', () => {
  let system: TestSystem;
  let coordinator: HttpClient;
  let officer: HttpClient;
  let head: HttpClient;
  let keysFile: string;
  let tip: any;
  let verify: any;
  let caseReference: string;
  const logged: string[] = [];
  const writes = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };

  beforeAll(async () => {
    keysFile = join(mkdtempSync(join(tmpdir(), 'sealed-')), 'data-keys.json');
    process.env.DATA_KEYS_FILE = keysFile;
    // Whatever the API and worker of this process write (logs included) is kept to look for the canary in it.
    process.stdout.write = ((chunk: any, ...rest: any[]) => (logged.push(String(chunk)), writes.out(chunk, ...rest))) as any;
    process.stderr.write = ((chunk: any, ...rest: any[]) => (logged.push(String(chunk)), writes.err(chunk, ...rest))) as any;
    system = await startTestSystem();
    [coordinator, officer, head] = await Promise.all([system.as('coordinator'), system.as('officer'), system.as('agency-head')]);
  });
  afterAll(async () => {
    process.stdout.write = writes.out as any;
    process.stderr.write = writes.err as any;
    delete process.env.DATA_KEYS_FILE;
    await system?.close();
  });

  /** Every row of every table as text: what a dump of the database would show. */
  async function everyRowAsText(): Promise<string> {
    const tables = (await system.db.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`)) as Array<{ tablename: string }>;
    const texts: string[] = [];
    for (const { tablename } of tables) {
      const rows = (await system.db.query(`SELECT t::text AS row FROM "${tablename}" t`)) as Array<{ row: string }>;
      texts.push(...rows.map((r) => r.row));
    }
    expect(tables.length).toBeGreaterThan(10);
    return texts.join('\n');
  }

  it('keeps a canary in every free-text field out of every table, and gives it back to authorised readers', async () => {
    const registered = await coordinator.post(
      '/tips',
      tipBody({
        summary: `Người gọi báo ${CANARY}-summary bị giữ ở sòng bạc`,
        location: `xã Quảng Trực ${CANARY}-location`,
        tipsterContact: { name: `Nguyễn Văn ${CANARY}-name`, phone: `09${CANARY}-phone` },
      }),
      { 'Idempotency-Key': idempotencyKey() },
    );
    expect(registered.status).toBe(201);
    tip = registered.body;

    const notify = await openTask(officer, tip.processId, TipStepType.NOTIFY_PROCURACY);
    expect((await officer.post(`/tasks/${notify.id}/claim`)).status).toBe(200);
    const notified = await officer.post(`/tasks/${notify.id}/complete`, {
      outcome: { notifiedAt: new Date().toISOString(), documentNumber: `12/${CANARY}-document` },
    });
    expect(notified.status).toBe(200);

    verify = await openTask(officer, tip.processId, TipStepType.VERIFY);
    expect((await officer.post(`/tasks/${verify.id}/claim`)).status).toBe(200);
    const asked = await officer.post(`/tasks/${verify.id}/extensions`, { amount: 10, unit: 'days', reason: `${CANARY}-extension-reason` });
    expect(asked.status).toBe(200);
    const extensionId = asked.body.extensions[0].extensionId;
    const decided = await head.post(`/tasks/${verify.id}/extensions/${extensionId}/decision`, { approve: true, note: `${CANARY}-decision-note` });
    expect(decided.status).toBe(200);
    const completed = await officer.post(`/tasks/${verify.id}/complete`, {
      outcome: { decision: 'UNFOUNDED', findings: `${CANARY}-findings`, reason: `${CANARY}-outcome-reason` },
    });
    expect([completed.status, completed.body?.message]).toEqual([200, undefined]);

    caseReference = (await coordinator.post('/cases', {})).body.reference;
    expect((await coordinator.post(`/cases/${caseReference}/close`, { reason: `${CANARY}-close-reason` })).status).toBe(200);

    // The projections are written by the worker: wait until the last of them is there.
    await eventually(async () => {
      const [row] = await system.db.query(`SELECT status FROM tasks WHERE id = $1`, [verify.id]);
      const [kase] = await system.db.query(`SELECT close_reason FROM cases WHERE reference = $1`, [caseReference]);
      return row?.status === 'COMPLETED' && kase?.close_reason !== null;
    }, 'projections written');

    const dump = await everyRowAsText();
    expect(dump).not.toContain(CANARY);
    expect(dump).toContain('sealed:v1:');
    // Structured outcome fields stay in clear: the statistics count on them.
    const [outcome] = await system.db.query(`SELECT outcome->>'decision' AS decision, outcome->>'findings' AS findings FROM tasks WHERE id = $1`, [
      verify.id,
    ]);
    expect(outcome.decision).toBe('UNFOUNDED');
    expect(outcome.findings).toMatch(/^sealed:v1:derived-1:/);

    // Authorised readers get the plain values back.
    const read = await coordinator.get(`/tips/${tip.reference}`);
    expect(read.body.summary).toContain(`${CANARY}-summary`);
    expect(read.body.location).toContain(`${CANARY}-location`);
    expect((await coordinator.get(`/tips/${tip.reference}/tipster`)).body).toEqual({ name: `Nguyễn Văn ${CANARY}-name`, phone: `09${CANARY}-phone` });
    const task = (await officer.get(`/tasks/${verify.id}`)).body;
    expect(task.outcome.findings).toBe(`${CANARY}-findings`);
    expect(task.extensions[0]).toMatchObject({ reason: `${CANARY}-extension-reason`, decisionNote: `${CANARY}-decision-note` });
    expect((await officer.get(`/tasks/${notify.id}`)).body.outcome.documentNumber).toBe(`12/${CANARY}-document`);

    // Search over sealed summaries: found by those who may read the tip, never by those who may not.
    const term = `${CANARY}-SUMMARY`.toLowerCase();
    expect((await coordinator.get(`/tips?q=${encodeURIComponent(term)}`)).body.map((t: any) => t.reference)).toEqual([tip.reference]);
    expect((await officer.get(`/tasks?state=all&q=${encodeURIComponent(term)}`)).body.map((t: any) => t.id).sort()).toEqual(
      [notify.id, verify.id].sort(),
    );
    const outsider = await system.as('border-officer');
    expect((await outsider.get(`/tasks?state=all&q=${encodeURIComponent(term)}`)).body).toEqual([]);
    expect((await outsider.get(`/tips?q=${encodeURIComponent(term)}`)).body).toEqual([]);

    // Exports: without a stated reason no narrative leaves; a coordinator's with one lists the tips, opened; leadership's
    // has no narratives at all.
    const period = `from=${new Date(Date.now() - 86_400_000).toISOString()}&to=${new Date(Date.now() + 86_400_000).toISOString()}`;
    const withoutReason = await coordinator.get(`/statistics/export.csv?${period}`);
    expect(withoutReason.status).toBe(200);
    expect(String(withoutReason.body)).not.toContain(CANARY);
    const reason = encodeURIComponent('Báo cáo Ban Chỉ đạo về các tin báo trong kỳ');
    const coordinatorExport = await coordinator.get(`/statistics/export.csv?${period}&reason=${reason}`);
    expect(coordinatorExport.status).toBe(200);
    expect(String(coordinatorExport.body)).toContain(`${CANARY}-summary`);
    const leadershipExport = await (await system.as('leadership')).get(`/statistics/export.csv?${period}`);
    expect(leadershipExport.status).toBe(200);
    expect(String(leadershipExport.body)).not.toContain(CANARY);
    // Nothing this process logged (API and worker) carries the canary.
    expect(logged.join('')).not.toContain(CANARY);
  });

  it('rotates the key-encryption key while the API answers: values stay readable and name the new KEK', async () => {
    expect(await countByKek(system.db)).toEqual({ 'derived-1': expect.any(Number) });
    const env = { ...process.env, DATABASE_URL: system.databaseUrl, DATA_KEYS_FILE: keysFile };
    // Registrations go on during the rotation: none fails, each readable afterwards.
    const rotation = rotateKeys(env);
    const during = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        coordinator.post('/tips', tipBody({ summary: `during rotation ${i}` }), { 'Idempotency-Key': idempotencyKey() }),
      ),
    );
    const output = await rotation;
    expect(during.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    const current = JSON.parse(readFileSync(keysFile, 'utf8')).current as string;
    expect(current).toMatch(/^kek-/);
    expect(output).toContain(current);

    // A value written by a process that had not yet seen the new key file is re-wrapped by a finishing pass.
    expect(await rotateKeys(env, '--finish')).not.toContain('New key-encryption key');
    const counts = await countByKek(system.db);
    expect(Object.keys(counts)).toEqual([current]);
    const [row] = await system.db.query(`SELECT split_part(summary, ':', 3) AS kek FROM tips WHERE id = $1`, [tip.id]);
    expect(row.kek).toBe(current);

    const read = await coordinator.get(`/tips/${tip.reference}`);
    expect(read.body.summary).toContain(`${CANARY}-summary`);
    expect((await coordinator.get(`/tips/${tip.reference}/tipster`)).body.name).toBe(`Nguyễn Văn ${CANARY}-name`);
    expect((await officer.get(`/tasks/${verify.id}`)).body.outcome.findings).toBe(`${CANARY}-findings`);
    for (const r of during) expect((await coordinator.get(`/tips/${r.body.reference}`)).body.summary).toMatch(/^during rotation \d$/);

    // New values are sealed under the new KEK by the running API (it re-reads the key file when it changes).
    await new Promise((r) => setTimeout(r, 1100));
    const after = (await coordinator.post('/tips', tipBody({ summary: 'after rotation' }), { 'Idempotency-Key': idempotencyKey() })).body;
    const [fresh] = await system.db.query(`SELECT split_part(summary, ':', 3) AS kek FROM tips WHERE id = $1`, [after.id]);
    expect(fresh.kek).toBe(current);
    expect(await everyRowAsText()).not.toContain(CANARY);
  });
});
