import { randomUUID } from 'node:crypto';
import { TipStepType } from '../../src/domain/tip/tip-step-type';
import { openTask } from '../support/open-task';
import { HttpClient } from '../support/http-client';
import { startTestSystem, TestSystem } from '../support/test-system';
import { idempotencyKey, tipBody } from '../support/tip-requests';

const NUL = '\u0000';
const HUGE = 'x'.repeat(200_000);
const deep = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);

/** Values for a path or query parameter: every one must be answered 2xx-4xx. */
const HOSTILE_SCALARS = [
  NUL,
  `a${NUL}b`,
  'x'.repeat(5000),
  '99999999999999999999999',
  '2147483648',
  '-1',
  '0',
  '1e309',
  'NaN',
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  '2026-02-30',
  '0000-00-00',
  '../../etc/passwd',
  "' OR 1=1 --",
  'case-CASE-20260101-AAAAAA',
  '%',
];

/** Already-encoded (and malformed) path and query text, sent as it is. */
const RAW_ENCODED = ['%E0%A4%A', '%00', '%C0%80', '%FF'];

/** Values for a body field, of every wrong type and size. */
const HOSTILE_VALUES: unknown[] = [
  NUL,
  `ok${NUL}`,
  HUGE,
  -1,
  1e308,
  2 ** 53 + 1,
  1.5,
  true,
  null,
  [],
  [NUL],
  [null],
  [{}],
  [{ key: 1, duration: null, escalation: 'x' }],
  [[]],
  { a: { b: null } },
  { [NUL]: NUL },
  'not-a-date',
  '2026-02-30',
  '2026-13-01T00:00:00Z',
  '99999-01-01',
  '00000000-0000-0000-0000-000000000000',
];

interface Operation {
  method: string;
  path: string;
  pathParams: string[];
  queryParams: string[];
  bodyFields: string[];
}

/** Every route of the OpenAPI document, with the names of its parameters and top-level body fields. */
function operations(doc: any): Operation[] {
  const resolve = (schema: any) => (schema?.$ref ? doc.components.schemas[schema.$ref.split('/').pop()] : schema);
  const result: Operation[] = [];
  for (const [path, item] of Object.entries<any>(doc.paths))
    for (const [method, op] of Object.entries<any>(item)) {
      const params = op.parameters ?? [];
      const body = resolve(op.requestBody?.content?.['application/json']?.schema);
      result.push({
        method: method.toUpperCase(),
        path,
        pathParams: params.filter((p: any) => p.in === 'path').map((p: any) => p.name),
        queryParams: params.filter((p: any) => p.in === 'query').map((p: any) => p.name),
        bodyFields: Object.keys(body?.properties ?? {}),
      });
    }
  return result;
}

/**
 * Walks every route of the OpenAPI document with hostile input — NUL characters, huge strings, deep nesting,
 * wrong types, out-of-range numbers, impossible dates, bad UUIDs — as every role and without a token: no answer
 * may be a 5xx (PostgreSQL and Temporal are up, so not even a 503).
 */
describe('fuzzing every route', () => {
  let system: TestSystem;
  let clients: Record<string, HttpClient>;
  /** Second sessions of the same users: the fuzz ends its own sessions (logout) and may lock the accounts. */
  let fresh: Record<string, HttpClient>;
  let realIds: Record<string, string>;
  let ops: Operation[];

  beforeAll(async () => {
    process.env.TEMPORAL_CALL_TIMEOUT_MS = '4000';
    system = await startTestSystem();
    const roles = ['coordinator', 'officer', 'agency-head', 'leadership', 'admin'] as const;
    const logged = await Promise.all(roles.map((r) => system.as(r)));
    clients = { anonymous: system.http, ...Object.fromEntries(roles.map((r, i) => [r, logged[i]])) };
    const second = await Promise.all(roles.map((r) => system.as(r)));
    fresh = Object.fromEntries(roles.map((r, i) => [r, second[i]]));
    const tip = (await clients.coordinator.post('/tips', tipBody(), { 'Idempotency-Key': idempotencyKey() })).body;
    const task = await openTask(clients.officer, tip.processId, TipStepType.VERIFY);
    const opened = await clients.coordinator.post('/cases', {});
    realIds = {
      id: task.id,
      processId: tip.processId,
      reference: tip.reference,
      caseReference: opened.body?.reference ?? 'CASE-20260101-AAAAAA',
      v: '1',
      extensionId: randomUUID(),
    };
    // Logging out ends the caller's session: walk it last, so every other route is fuzzed with a live token.
    ops = operations((await system.http.get('/docs-json')).body).sort(
      (a, b) => Number(a.path === '/auth/logout') - Number(b.path === '/auth/logout'),
    );
  }, 120_000);
  afterAll(async () => {
    await system?.close();
    delete process.env.TEMPORAL_CALL_TIMEOUT_MS;
  });

  function url(op: Operation, override: Record<string, string> = {}, query = '', raw = false): string {
    let path = op.path;
    for (const name of op.pathParams) {
      const real = name === 'reference' && op.path.startsWith('/cases') ? realIds.caseReference : (realIds[name] ?? realIds.id);
      path = path.replace(`{${name}}`, override[name] !== undefined && raw ? override[name] : encodeURIComponent(override[name] ?? real));
    }
    return path + query;
  }

  /** Requests for one operation: hostile path and query values, hostile bodies. */
  function requests(op: Operation): { path: string; body?: unknown; headers?: Record<string, string> }[] {
    const list: { path: string; body?: unknown; headers?: Record<string, string> }[] = [];
    for (const name of op.pathParams) for (const value of HOSTILE_SCALARS) list.push({ path: url(op, { [name]: value }) });
    for (const name of op.queryParams)
      for (const value of HOSTILE_SCALARS) list.push({ path: url(op, {}, `?${encodeURIComponent(name)}=${encodeURIComponent(value)}`) });
    for (const name of op.pathParams) for (const value of RAW_ENCODED) list.push({ path: url(op, { [name]: value }, '', true) });
    for (const value of RAW_ENCODED) list.push({ path: url(op, {}, `?${op.queryParams[0] ?? 'q'}=${value}`) });
    list.push({ path: url(op, {}, `?${encodeURIComponent(NUL)}=1`) });
    if (op.method === 'GET') return list;
    const path = url(op);
    for (const raw of ['', 'null', '[]', '"text"', '42', '{"a":', deep(50), deep(5000), `{"x":"${'y'.repeat(2_000_000)}"}`])
      list.push({ path, body: raw === '' ? undefined : raw });
    for (const field of op.bodyFields) for (const value of HOSTILE_VALUES) list.push({ path, body: { [field]: value } });
    list.push({ path, body: { outcome: { decision: 'CONFIRMED', findings: `x${NUL}` } } });
    list.push({ path, body: { outcome: { [`k${NUL}`]: 1 } } });
    list.push({ path, body: {}, headers: { 'Idempotency-Key': `bad${NUL}key` } });
    list.push({ path, body: {}, headers: { 'content-type': 'application/json; charset=utf-16' } });
    return list;
  }

  it('answers no route with a 5xx, whatever the input and the caller', async () => {
    expect(ops.length).toBeGreaterThan(20);
    const failures: string[] = [];
    let sent = 0;
    for (const [who, client] of Object.entries(clients)) {
      const work = ops.flatMap((op) => requests(op).map((r) => ({ op, ...r })));
      for (let i = 0; i < work.length; i += 8) {
        await Promise.all(
          work.slice(i, i + 8).map(async ({ op, path, body, headers }) => {
            let status: number;
            try {
              status = (await client.send(op.method, path, body, headers ?? {})).status;
            } catch {
              return; // a request Node refuses to send (an unencodable header) never reaches the API
            }
            sent++;
            if (status >= 500) failures.push(`${who} ${op.method} ${path.slice(0, 120)} ${JSON.stringify(body)?.slice(0, 120)} → ${status}`);
          }),
        );
      }
    }
    console.log(`fuzz: ${sent} requests over ${ops.length} operations as ${Object.keys(clients).length} callers, ${failures.length} answered 5xx`);
    expect(sent).toBeGreaterThan(1000);
    expect(failures).toEqual([]);
  }, 1_500_000);

  it('refuses NUL with 400 in a body, a nested key, a path and a query, and still takes the clean request', async () => {
    // Signed in now: the fuzzing before this may outlast an access token's 15 minutes.
    fresh = Object.fromEntries(await Promise.all(Object.keys(fresh).map(async (role) => [role, await system.as(role as never)] as const)));
    const { officer, coordinator } = fresh;
    const complete = `/tasks/${realIds.id}/complete`;
    expect((await officer.post(complete, { outcome: { decision: 'CONFIRMED', findings: `x${NUL}y` } })).status).toBe(400);
    expect((await officer.post(complete, { outcome: { decision: 'CONFIRMED', findings: 'x', [`n${NUL}`]: { a: 1 } } })).status).toBe(400);
    expect((await system.http.post('/auth/login', { username: `officer${NUL}`, password: 'x' })).status).toBe(400);
    expect((await officer.get(`/tasks?status=${encodeURIComponent(`OPEN${NUL}`)}`)).status).toBe(400);
    expect((await coordinator.get(`/tips/${encodeURIComponent(`TIP${NUL}`)}`)).status).toBe(400);
    expect((await system.http.send('POST', '/auth/login', `{"username":"${'a'.repeat(2_000_000)}","password":"x"}`)).status).toBe(413);
    expect((await officer.send('POST', complete, deep(10_000))).status).toBe(400);
    expect((await fresh.admin.put('/calendar/holidays', { date: '2026-02-30', nameVi: 'x', nameEn: 'x' })).status).toBeLessThan(500);
    expect((await fresh.coordinator.get('/catalogue/versions/99999999999999')).status).toBeLessThan(500);
  });
});
