import { randomUUID } from 'node:crypto';
import { RescueStepType } from '../../src/domain/rescue/rescue-step-type';
import { TipStepType } from '../../src/domain/tip/tip-step-type';
import { AgencyStaff } from '../support/agency-staff';
import { eventually } from '../support/eventually';
import { HttpClient, HttpResult } from '../support/http-client';
import { openTask } from '../support/open-task';
import { startTestSystem, TestSystem } from '../support/test-system';
import { idempotencyKey, tipBody } from '../support/tip-requests';

/**
 * Who may call what: one line per route of the OpenAPI document, one letter per caller, in this order:
 *   C coordinator (standing office) · O officer of the investigating agency (CA_TINH_CSDT, works on the tip and, through
 *   it, the case) · X officer of an uninvolved agency (DBP_BU_PRANG) · H head of the investigating agency ·
 *   L provincial leadership · A administrator · - anonymous.
 * Y: let through — a 2xx, or for a write a 4xx for the input or the state (the test writes an empty body, or a valid
 * one at a closed task, so nothing changes); a read must answer 2xx. N: refused — 401 without a token, 403 otherwise.
 * A route missing here fails the test: a new route is reviewed against the access table before it ships.
 */
const ACCESS: Record<string, string> = {
  //                                                     COXHLA-
  'POST /auth/login': /*                                */ 'YYYYYYY',
  'GET /health': /*                                     */ 'YYYYYYY',
  'GET /labels': /*                                     */ 'YYYYYYY',
  'GET /steps': /*                                      */ 'YYYYYYN',
  'GET /agencies': /*                                   */ 'YYYYYYN',
  'GET /agencies/{code}': /*                            */ 'YYYYYYN',
  'GET /agencies/{code}/members': /*                    */ 'YNNNNNN',
  'POST /agencies': /*                                  */ 'NNNNNYN',
  'PATCH /agencies/{code}': /*                          */ 'NNNNNYN',
  'POST /agencies/{code}/deactivate': /*                */ 'NNNNNYN',
  'POST /agencies/{code}/reactivate': /*                */ 'NNNNNYN',
  'POST /auth/refresh': /*                              */ 'YYYYYYY',
  'POST /auth/change-password': /*                      */ 'YYYYYYN',
  'POST /auth/logout': /*                               */ 'YYYYYYN',
  'POST /auth/web/login': /*                            */ 'YYYYYYY',
  'POST /auth/web/refresh': /*                          */ 'YYYYYYY',
  'POST /auth/web/logout': /*                           */ 'YYYYYYN',
  'GET /me': /*                                         */ 'YYYYYYN',
  'PUT /me/language': /*                                */ 'YYYYYYN',
  'GET /users': /*                                      */ 'NNNNNYN',
  'POST /users': /*                                     */ 'NNNNNYN',
  'GET /users/{id}': /*                                 */ 'NNNNNYN',
  'PATCH /users/{id}': /*                               */ 'NNNNNYN',
  'POST /users/{id}/deactivate': /*                     */ 'NNNNNYN',
  'POST /users/{id}/reactivate': /*                     */ 'NNNNNYN',
  'POST /users/{id}/reset-password': /*                 */ 'NNNNNYN',
  'GET /role-grants': /*                                */ 'NNNNNYN',
  'POST /role-grants/{id}/approve': /*                  */ 'NNNNNYN',
  'POST /role-grants/{id}/reject': /*                   */ 'NNNNNYN',
  'GET /audit': /*                                      */ 'NNNNNNN',
  'GET /audit/export.csv': /*                           */ 'NNNNNNN',
  'GET /calendar/holidays': /*                          */ 'YYYYYYN',
  'PUT /calendar/holidays': /*                          */ 'NNNNNYN',
  'GET /calendar/years': /*                             */ 'YYYYYYN',
  'PUT /calendar/years/{year}': /*                      */ 'NNNNNYN',
  'GET /catalogue': /*                                  */ 'YYYYYYN',
  'GET /catalogue/versions': /*                         */ 'YYYYYYN',
  'GET /catalogue/versions/{version}': /*               */ 'YYYYYYN',
  'POST /catalogue/versions': /*                        */ 'NNNNNYN',
  'PUT /catalogue': /*                                  */ 'NNNNNYN',
  'GET /notifications': /*                              */ 'YYYYYYN',
  'GET /incidents': /*                                  */ 'YNNNNYN',
  'GET /statistics': /*                                 */ 'YNNNYNN',
  'GET /statistics/export.xlsx': /*                     */ 'YNNNYNN',
  'GET /statistics/export.csv': /*                      */ 'YNNNYNN',
  'GET /events': /*                                     */ 'YYYYYNN',
  'GET /escalations': /*                                */ 'YNNYYNN',
  'POST /escalations/{id}/acknowledge': /*              */ 'YNNYYNN',
  'GET /tips': /*                                       */ 'YYYYNNN',
  'POST /tips': /*                                      */ 'YNNNNNN',
  'GET /tips/{reference}': /*                           */ 'YYNYNNN',
  'GET /tips/{reference}/tipster': /*                   */ 'YNNNNNN',
  'POST /cases': /*                                     */ 'YNNNNNN',
  'GET /cases': /*                                      */ 'YYYYYNN',
  'GET /cases/{reference}': /*                          */ 'YYNYYNN',
  'GET /cases/{reference}/processes': /*                */ 'YYNYYNN',
  'POST /cases/{reference}/tips': /*                    */ 'YNNNNNN',
  'PUT /cases/{reference}/charge': /*                   */ 'YNNNNNN',
  'POST /cases/{reference}/processes': /*               */ 'YNNNNNN',
  'POST /cases/{reference}/processes/{processId}/cancel': 'YNNNNNN',
  'POST /cases/{reference}/close': /*                   */ 'YNNNNNN',
  'GET /processes/{processId}': /*                      */ 'YYNYYNN',
  'POST /processes/{processId}/cancel': /*              */ 'YNNNNNN',
  'GET /tasks': /*                                      */ 'YYYYYNN',
  'GET /tasks/summary': /*                              */ 'YYYYYNN',
  'GET /tasks/{id}': /*                                 */ 'YYNYYNN',
  'POST /tasks/{id}/claim': /*                          */ 'YYNYNNN',
  'POST /tasks/{id}/unclaim': /*                        */ 'YYNYNNN',
  'POST /tasks/{id}/complete': /*                       */ 'YYYYNNN',
  'POST /tasks/{id}/assign': /*                         */ 'NNNYNNN',
  'POST /tasks/{id}/reassign': /*                       */ 'YNNNNNN',
  'POST /tasks/{id}/cancel': /*                         */ 'YNNNNNN',
  'POST /tasks/{id}/suspend': /*                        */ 'YNNYNNN',
  'POST /tasks/{id}/resume': /*                         */ 'YNNYNNN',
  'POST /tasks/{id}/suspension': /*                     */ 'NNNYNNN',
  'POST /tasks/{id}/restoration': /*                    */ 'NNNYNNN',
  'POST /tasks/{id}/extensions': /*                     */ 'YYNYNNN',
  'POST /tasks/{id}/extensions/{extensionId}/decision': 'YNNYYNN',
};

/**
 * Bodies that pass validation, so the request reaches the agency check (at a closed task: nothing changes). Any other
 * write gets `{}`, which an allowed caller sees refused as bad input — and `complete` stays so: its outcome is checked
 * before the agency, so an uninvolved officer gets 400 there.
 */
const VALID_BODIES: Record<string, unknown> = {
  'POST /tasks/{id}/extensions': { amount: 1, unit: 'days', reason: 'Checking who may ask' },
  'POST /tasks/{id}/extensions/{extensionId}/decision': { approve: true },
  'POST /tasks/{id}/cancel': { reason: 'Checking who may cancel' },
  'POST /tasks/{id}/suspend': { reason: 'Checking who may suspend' },
  'POST /tasks/{id}/resume': { reason: 'Checking who may resume' },
};

const CALLERS = ['coordinator', 'officer', 'border-officer', 'agency-head', 'leadership', 'admin', 'anonymous'] as const;
type Caller = (typeof CALLERS)[number];

describe('the access model, enforced on the server for every route, role and agency', () => {
  let system: TestSystem;
  let clients: Record<Caller, HttpClient>;
  let rescuePolice: HttpClient;
  let tip: any;
  let caseReference: string;
  let rescueProcessId: string;
  let verify: any;
  let plan: any;
  /** A user and an agency the walk may deactivate, reset and edit without touching anyone the other tests need. */
  let probeUserId: string;
  const PROBE_AGENCY = 'DBP_ACCESS_PROBE';

  beforeAll(async () => {
    system = await startTestSystem();
    const named = await Promise.all(CALLERS.filter((c) => c !== 'anonymous').map(async (c) => [c, await system.as(c as never)] as const));
    clients = { ...Object.fromEntries(named), anonymous: system.http } as Record<Caller, HttpClient>;
    probeUserId = (
      await clients.admin.post('/users', { username: 'access-probe', displayName: 'Access probe', agencyCode: 'SO_Y_TE', roles: ['OFFICER'] })
    ).body.id;
    const probeAgency = { code: PROBE_AGENCY, nameVi: 'Đồn thử quyền', nameEn: 'Access probe post', kind: 'BORDER_GUARD', parentCode: 'BDBP_TINH' };
    expect((await clients.admin.post('/agencies', probeAgency)).status).toBe(201);
    rescuePolice = await new AgencyStaff(system).officer('CA_TINH_CSHS');
    const { coordinator, officer } = clients;

    // A tip the investigating agency confirms (with findings only it and coordinators may read), which opens a case;
    // in the case a rescue whose plan the criminal police record (the investigating agency has no task there).
    tip = (
      await coordinator.post('/tips', tipBody({ tipsterContact: { name: 'Trần Thị B', phone: '0987654321' } }), {
        'Idempotency-Key': idempotencyKey(),
      })
    ).body;
    verify = await openTask(officer, tip.processId, TipStepType.VERIFY);
    const confirmed = await officer.post(`/tasks/${verify.id}/complete`, { outcome: { decision: 'CONFIRMED', findings: 'FINDINGS-SECRET-7' } });
    expect(confirmed.status).toBe(200);
    const caseId = await eventually(async () => (await coordinator.get(`/tips/${tip.reference}`)).body.caseId, 'case of the tip');
    [{ reference: caseReference }] = await system.db.query(`SELECT reference FROM cases WHERE id = $1`, [caseId]);
    await eventually(async () => (await coordinator.get(`/cases/${caseReference}`)).status === 200, 'case workflow');
    const rescue = await coordinator.post(`/cases/${caseReference}/processes`, { kind: 'RESCUE' });
    expect(rescue.status).toBe(201);
    rescueProcessId = rescue.body.processId;
    plan = await openTask(rescuePolice, rescueProcessId, RescueStepType.PLAN);
    const planned = await rescuePolice.post(`/tasks/${plan.id}/complete`, {
      outcome: { planNumber: 'PLAN-SECRET-42', plannedStartAt: new Date().toISOString() },
    });
    expect(planned.status).toBe(200);
    await eventually(
      async () => JSON.stringify((await coordinator.get(`/cases/${caseReference}`)).body).includes('PLAN-SECRET-42'),
      'plan on the case timeline',
    );
  });
  afterAll(() => system?.close());

  /** The concrete path for a route: real resources for reads; for writes, the closed verification task. */
  function concrete(route: string): string {
    const [, path] = route.split(' ');
    const values: Record<string, string> = {
      reference: path.startsWith('/tips') ? tip.reference : caseReference,
      processId: tip.processId,
      id: path.startsWith('/escalations') ? randomUUID() : path.startsWith('/users') ? probeUserId : verify.id,
      code: PROBE_AGENCY,
      extensionId: randomUUID(),
      year: '2099',
      version: '1',
    };
    return path.replace(/\{(\w+)\}/g, (_, name: string) => {
      if (!(name in values)) throw new Error(`No value for path parameter {${name}} of ${route}: add one to concrete()`);
      return encodeURIComponent(values[name]);
    });
  }

  function verdict(route: string, expected: string, res: HttpResult, caller: Caller): string | null {
    const isRead = route.startsWith('GET ');
    if (expected === 'Y') {
      if (res.status >= 500 || res.status === 401 || res.status === 403) return `expected through, got ${res.status}`;
      if (isRead && (res.status < 200 || res.status > 299)) return `expected a 2xx read, got ${res.status}`;
      return null;
    }
    const refused = caller === 'anonymous' ? 401 : 403;
    return res.status === refused ? null : `expected ${refused}, got ${res.status}`;
  }

  it('every route of the OpenAPI document is in the table, and every caller gets what the table says', async () => {
    const doc = (await system.http.get('/docs-json')).body;
    const routes = Object.entries<Record<string, unknown>>(doc.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
        .map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(routes.filter((r) => !(r in ACCESS))).toEqual([]);
    expect(Object.keys(ACCESS).filter((r) => !routes.includes(r))).toEqual([]);

    const mismatches: string[] = [];
    // Logging out really ends each caller's session: walk the logouts last, logging everyone in again after each.
    const logouts = ['POST /auth/web/logout', 'POST /auth/logout'];
    const logInAgain = async () => {
      for (const caller of CALLERS.filter((c) => c !== 'anonymous')) clients[caller] = await system.as(caller as never);
    };
    const walk = [...routes.filter((r) => !logouts.includes(r)), ...logouts];
    for (const route of walk) {
      if (route === 'POST /auth/logout') await logInAgain();
      const expected = ACCESS[route];
      expect(expected).toMatch(/^[YN]{7}$/);
      const [method] = route.split(' ');
      const body = method === 'GET' ? undefined : (VALID_BODIES[route] ?? {});
      for (const [i, caller] of CALLERS.entries()) {
        const res = await clients[caller].send(method, concrete(route), body);
        const problem = verdict(route, expected[i], res, caller);
        if (problem) mismatches.push(`${route} as ${caller}: ${problem} ${JSON.stringify(res.body)?.slice(0, 160)}`);
      }
    }
    await logInAgain();
    expect(mismatches).toEqual([]);
  });

  it('a case: an involved agency sees its own work in full and the others’ without outcomes; leadership the header', async () => {
    const { coordinator, officer, leadership } = clients;
    const full = (await coordinator.get(`/cases/${caseReference}`)).body;
    expect(JSON.stringify(full)).toContain('PLAN-SECRET-42');

    // The criminal police planned the rescue: their own task's events come in full.
    const own = await rescuePolice.get(`/cases/${caseReference}`);
    expect(own.status).toBe(200);
    expect(JSON.stringify(own.body)).toContain('PLAN-SECRET-42');

    // The investigating agency is involved through the tip: it sees that the plan was made, not what it says or who.
    const other = await officer.get(`/cases/${caseReference}`);
    expect(other.status).toBe(200);
    expect(JSON.stringify(other.body)).not.toContain('PLAN-SECRET-42');
    const completed = other.body.timeline.find((e: any) => e.type === 'TASK_COMPLETED' && e.taskId === plan.id);
    expect(completed).toBeDefined();
    expect(completed.actorId).toBeUndefined();
    expect(completed.detail?.outcome).toBeUndefined();
    const created = other.body.timeline.find((e: any) => e.type === 'TASK_CREATED' && e.taskId === plan.id);
    expect(created.detail).toMatchObject({ stepType: RescueStepType.PLAN, agencyCode: 'CA_TINH_CSHS' });

    const header = await leadership.get(`/cases/${caseReference}`);
    expect(header.status).toBe(200);
    expect(header.body).toMatchObject({ reference: caseReference, status: 'OPEN' });
    expect(header.body.processes).toEqual([
      expect.objectContaining({ processId: rescueProcessId, status: 'RUNNING', outcome: null, overdueTasks: 0 }),
    ]);
    expect(JSON.stringify(header.body)).not.toContain('PLAN-SECRET-42');
    expect(header.body.timeline.every((e: any) => e.actorId === undefined && e.detail?.outcome === undefined && e.detail?.reason === undefined)).toBe(
      true,
    );
  });

  it('a process: its own agency reads its tasks in full; leadership reads every task without outcome; others nothing', async () => {
    const { coordinator, officer, leadership, admin } = clients;
    const asInvestigator = (await officer.get(`/processes/${tip.processId}`)).body;
    expect(asInvestigator.tasks.find((t: any) => t.id === verify.id).outcome).toEqual({ decision: 'CONFIRMED', findings: 'FINDINGS-SECRET-7' });
    expect(JSON.stringify((await coordinator.get(`/processes/${tip.processId}`)).body)).toContain('FINDINGS-SECRET-7');

    const overseen = await leadership.get(`/processes/${tip.processId}`);
    expect(overseen.status).toBe(200);
    expect(overseen.body.tasks.find((t: any) => t.id === verify.id)).toMatchObject({ status: 'COMPLETED', outcome: null, completedBy: null });
    expect(JSON.stringify(overseen.body)).not.toContain('FINDINGS-SECRET-7');

    // The rescue: the criminal police's own; the investigating agency has no task in it (it reads it through the case).
    const rescue = await rescuePolice.get(`/processes/${rescueProcessId}`);
    expect(rescue.body.tasks.find((t: any) => t.id === plan.id).outcome.planNumber).toBe('PLAN-SECRET-42');
    expect((await officer.get(`/processes/${rescueProcessId}`)).status).toBe(403);
    expect((await admin.get(`/processes/${rescueProcessId}`)).status).toBe(403);
    expect(JSON.stringify((await leadership.get(`/processes/${rescueProcessId}`)).body)).not.toContain('PLAN-SECRET-42');
  });

  it('a task: leadership reads the structured outcome without its free text; another agency not at all', async () => {
    const { coordinator, officer, leadership } = clients;
    expect((await leadership.get(`/tasks/${verify.id}`)).body.outcome).toEqual({ decision: 'CONFIRMED' });
    expect((await officer.get(`/tasks/${verify.id}`)).body.outcome.findings).toBe('FINDINGS-SECRET-7');
    expect((await coordinator.get(`/tasks/${verify.id}`)).body.outcome.findings).toBe('FINDINGS-SECRET-7');
    expect((await rescuePolice.get(`/tasks/${verify.id}`)).status).toBe(403);
    expect((await officer.get(`/tasks/${plan.id}`)).status).toBe(403);
  });

  it('a tip: the agencies verifying it; the tipster only to coordinators, and only their reads are audited', async () => {
    const { coordinator, officer, leadership, admin } = clients;
    expect((await rescuePolice.get(`/tips/${tip.reference}`)).status).toBe(403);
    const audited = async () =>
      Number((await system.db.query(`SELECT count(*) AS n FROM audit_log WHERE action = 'READ_TIPSTER_CONTACT' AND subject_id = $1`, [tip.id]))[0].n);
    const before = await audited();
    for (const refused of [officer, leadership, admin, rescuePolice]) expect((await refused.get(`/tips/${tip.reference}/tipster`)).status).toBe(403);
    expect(await audited()).toBe(before);
    const contact = await coordinator.get(`/tips/${tip.reference}/tipster`);
    expect(contact.body).toEqual({ name: 'Trần Thị B', phone: '0987654321' });
    expect(await audited()).toBe(before + 1);
  });
});
