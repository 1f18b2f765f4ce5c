import { Client, Connection } from '@temporalio/client';
import { upsertUsers } from '../../src/database/demo-users';
import { Role } from '../../src/domain/role';
import { TipStepType } from '../../src/domain/tip/tip-step-type';
import { eventually } from '../support/eventually';
import { HttpClient, HttpResult } from '../support/http-client';
import { openTask } from '../support/open-task';
import { startTestSystem, TestSystem } from '../support/test-system';
import { TEST_PASSWORD } from '../support/test-users';
import { idempotencyKey, tipBody } from '../support/tip-requests';
import { tipsBySummary } from '../support/tips-by-summary';

/** Idempotency-Key belongs to its caller and to one request; every POST that creates something honours it. */
describe('Idempotency-Key', () => {
  let system: TestSystem;
  let coordinatorA: HttpClient;
  let coordinatorB: HttpClient;
  let officer: HttpClient;

  beforeAll(async () => {
    system = await startTestSystem();
    await upsertUsers(system.db, [
      { username: 'coordinator-b', displayName: 'Second coordinator', agencyCode: 'BCD_VPTT', roles: [Role.COORDINATOR], password: TEST_PASSWORD },
    ]);
    [coordinatorA, coordinatorB, officer] = await Promise.all([system.as('coordinator'), system.as('coordinator-b' as never), system.as('officer')]);
  });
  afterAll(() => system?.close());

  it('keeps two coordinators’ identical keys apart, refuses a key reused for another body, replays the same request', async () => {
    const key = idempotencyKey();
    const bodyA = tipBody({ summary: 'Coordinator A: call about a casino compound' });
    const bodyB = tipBody({ summary: 'Coordinator B: a different call' });
    const first = await coordinatorA.post('/tips', bodyA, { 'Idempotency-Key': key });
    expect(first.status).toBe(201);
    const fromB = await coordinatorB.post('/tips', bodyB, { 'Idempotency-Key': key });
    expect(fromB.status).toBe(201);
    expect(fromB.body.reference).not.toBe(first.body.reference);
    expect(fromB.body.summary).toBe(bodyB.summary);

    const reused = await coordinatorA.post('/tips', bodyB, { 'Idempotency-Key': key });
    expect(reused.status).toBe(422);
    expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');

    const replay = await coordinatorA.post('/tips', { ...bodyA }, { 'Idempotency-Key': key });
    expect(replay.status).toBe(200);
    // The replay names the resource; its narrative was never stored with the key.
    expect(replay.body).toEqual({ id: first.body.id, reference: first.body.reference, processId: first.body.processId, status: first.body.status });
    const [stored] = await system.db.query(`SELECT response_body::text AS body FROM idempotency_keys WHERE key = $1`, [key]);
    expect(stored.body).not.toContain('casino');
    expect(await tipsBySummary(system.db, bodyA.summary, bodyB.summary)).toHaveLength(2);
  });

  it('makes opening a case, starting a process and asking for an extension safe to retry', async () => {
    const caseKey = idempotencyKey();
    const opened = await coordinatorA.post('/cases', {}, { 'Idempotency-Key': caseKey });
    expect(opened.status).toBe(201);
    const again = await coordinatorA.post('/cases', {}, { 'Idempotency-Key': caseKey });
    expect(again.status).toBe(200);
    expect(again.body.reference).toBe(opened.body.reference);
    const [{ n }] = await system.db.query(`SELECT count(*)::int AS n FROM cases`);
    expect(n).toBe(1);

    const processKey = idempotencyKey();
    const path = `/cases/${opened.body.reference}/processes`;
    const started = await coordinatorA.post(path, { kind: 'RESCUE' }, { 'Idempotency-Key': processKey });
    expect(started.status).toBeLessThan(300);
    const restarted = await coordinatorA.post(path, { kind: 'RESCUE' }, { 'Idempotency-Key': processKey });
    expect(restarted.status).toBe(200);
    expect(restarted.body.processId).toBe(started.body.processId);
    expect((await coordinatorA.post(path, { kind: 'RESCUE', borderArea: true }, { 'Idempotency-Key': processKey })).status).toBe(422);

    const tip = (await coordinatorA.post('/tips', tipBody(), { 'Idempotency-Key': idempotencyKey() })).body;
    const task = await openTask(officer, tip.processId, TipStepType.VERIFY);
    const extensionKey = idempotencyKey();
    const extension = { amount: 10, unit: 'days', reason: 'Witnesses are abroad' };
    const asked = await officer.post(`/tasks/${task.id}/extensions`, extension, { 'Idempotency-Key': extensionKey });
    expect(asked.status).toBe(200);
    const askedAgain = await officer.post(`/tasks/${task.id}/extensions`, extension, { 'Idempotency-Key': extensionKey });
    expect(askedAgain.status).toBe(200);
    expect(askedAgain.body).toMatchObject({ id: task.id, status: asked.body.status });
    expect((await officer.get(`/tasks/${task.id}`)).body.extensions).toHaveLength(asked.body.extensions.length);
    expect(asked.body.extensions.length).toBeGreaterThan(0);
  });

  /**
   * Two requests with one key sent at once: one runs; its twin waits and gets the same answer marked as a replay, or
   * (if the first is still running after the wait) 409 IDEMPOTENCY_IN_PROGRESS. Never does the twin run itself.
   */
  const oneRanOneWaited = (pair: HttpResult[], ranStatus: number): HttpResult => {
    const ran = pair.filter((r) => r.status === ranStatus && r.headers?.['idempotent-replayed'] === undefined);
    expect(ran).toHaveLength(1);
    const twin = pair.find((r) => r !== ran[0])!;
    if (twin.status === 409) expect(twin.body.code).toBe('IDEMPOTENCY_IN_PROGRESS');
    else {
      expect(twin.status).toBe(200);
      expect(twin.headers?.['idempotent-replayed']).toBe('true');
      // The replay names the same resource (its identifiers and state; narratives are never stored with the key).
      expect(ran[0].body).toMatchObject(twin.body);
      expect(twin.body.id ?? twin.body.reference).toBeDefined();
    }
    return ran[0];
  };

  it('runs one of two same-key requests sent at once, on every route: the twin waits for its answer or gets 409', async () => {
    const tipKey = idempotencyKey();
    const body = tipBody({ summary: `Twins ${tipKey}` });
    const tip = oneRanOneWaited(
      await Promise.all([
        coordinatorA.post('/tips', body, { 'Idempotency-Key': tipKey }),
        coordinatorA.post('/tips', body, { 'Idempotency-Key': tipKey }),
      ]),
      201,
    ).body;
    expect(await tipsBySummary(system.db, body.summary)).toHaveLength(1);

    // Opening a case has no duplicate check of its own: only the key keeps the twin from opening a second case.
    const [{ n: casesBefore }] = await system.db.query(`SELECT count(*)::int AS n FROM cases`);
    const caseKey = idempotencyKey();
    oneRanOneWaited(await Promise.all([1, 2].map(() => coordinatorA.post('/cases', {}, { 'Idempotency-Key': caseKey }))), 201);
    const [{ n: casesAfter }] = await system.db.query(`SELECT count(*)::int AS n FROM cases`);
    expect(casesAfter).toBe(casesBefore + 1);

    const task = await openTask(officer, tip.processId, TipStepType.VERIFY);
    const completionKey = idempotencyKey();
    const outcome = { decision: 'UNFOUNDED', findings: 'Twins: nobody at the address', reason: 'The address does not exist' };
    const completed = oneRanOneWaited(
      await Promise.all([1, 2].map(() => officer.post(`/tasks/${task.id}/complete`, { outcome }, { 'Idempotency-Key': completionKey }))),
      200,
    );
    expect(completed.body).toMatchObject({ id: task.id, status: 'COMPLETED' });
    const timeline = (await coordinatorA.get(`/processes/${tip.processId}`)).body.timeline;
    expect(timeline.filter((e: any) => e.type === 'TASK_COMPLETED' && e.taskId === task.id)).toHaveLength(1);
  });

  it('takes a key of one character on every route, POST /tips included, and says the rule once in the contract', async () => {
    const short = `${Math.floor(Math.random() * 10)}`;
    const registered = await coordinatorB.post('/tips', tipBody(), { 'Idempotency-Key': short });
    expect(registered.status).toBe(201);
    const tooLong = await coordinatorB.post('/tips', tipBody(), { 'Idempotency-Key': 'k'.repeat(201) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.message).toMatch(/1 to 200 visible ASCII characters/);
    const doc = (await system.http.get('/docs-json')).body;
    for (const path of ['/tips', '/cases', '/tasks/{id}/complete']) {
      const header = doc.paths[path].post.parameters.find((p: any) => p.name === 'Idempotency-Key');
      expect(header.schema).toMatchObject({ minLength: 1, maxLength: 200 });
      expect(header.description).toMatch(/IDEMPOTENCY_IN_PROGRESS/);
    }
  });

  it('documents the header on every creating POST', async () => {
    const doc = (await system.http.get('/docs-json')).body;
    for (const path of ['/tips', '/cases', '/cases/{reference}/processes', '/tasks/{id}/extensions']) {
      const names = (doc.paths[path].post.parameters ?? []).map((p: any) => p.name);
      expect(names).toContain('Idempotency-Key');
      expect(Object.keys(doc.paths[path].post.responses)).toEqual(expect.arrayContaining(['422', '503', '504']));
    }
  });
  it('never starts a second process for a tip whose process has already closed', async () => {
    const key = idempotencyKey();
    const body = tipBody();
    const tip = (await coordinatorA.post('/tips', body, { 'Idempotency-Key': key })).body;
    await openTask(officer, tip.processId, TipStepType.VERIFY);
    expect((await coordinatorA.post(`/processes/${tip.processId}/cancel`, { reason: 'Duplicate' })).status).toBe(200);
    const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS });
    try {
      const handle = new Client({ connection }).workflow.getHandle(tip.processId);
      await eventually(async () => (await handle.describe()).status.name !== 'RUNNING', 'process closed');
      const { runId } = await handle.describe();
      // As if the answer to its start had been lost: the tip still says PENDING_START, and the same request comes again.
      await system.db.query(`UPDATE tips SET status = 'PENDING_START' WHERE id = $1`, [tip.id]);
      await system.db.query(`DELETE FROM idempotency_keys WHERE key = $1`, [key]);
      const again = await coordinatorA.post('/tips', body, { 'Idempotency-Key': key });
      expect(again.status).toBe(200);
      expect(again.body.id).toBe(tip.id);
      const latest = await handle.describe();
      expect(latest.runId).toBe(runId);
      expect(latest.status.name).not.toBe('RUNNING');
    } finally {
      await connection.close();
    }
  });

  it('never stores a temporary password: a replayed reset is refused instead of showing it again', async () => {
    const admin = await system.as('admin' as never);
    const target = (await system.db.query(`SELECT id FROM users WHERE username = 'officer-2'`))[0].id;
    const key = idempotencyKey();
    const reset = await admin.post(`/users/${target}/reset-password`, {}, { 'Idempotency-Key': key });
    expect(reset.status).toBe(200);
    expect(reset.body.temporaryPassword.length).toBeGreaterThan(8);
    const [stored] = await system.db.query(`SELECT response_body::text AS body FROM idempotency_keys WHERE key = $1`, [key]);
    expect(stored.body).not.toContain(reset.body.temporaryPassword);
    const again = await admin.post(`/users/${target}/reset-password`, {}, { 'Idempotency-Key': key });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('CONFLICT');
    expect(JSON.stringify(again.body)).not.toContain(reset.body.temporaryPassword);
  });
});
