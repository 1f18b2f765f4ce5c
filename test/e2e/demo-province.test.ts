import { upsertUsers } from '../../src/database/demo-users';
import { DEMO_PROVINCE_STAFF } from '../../src/database/demo-province/demo-province-staff';
import { DemoProvinceReport, seedDemoProvince } from '../../src/database/demo-province/seed-demo-province';
import { ProsecutionStepType } from '../../src/domain/prosecution/prosecution-step-type';
import { ReceptionStepType } from '../../src/domain/reception/reception-step-type';
import { RescueStepType } from '../../src/domain/rescue/rescue-step-type';
import { TipStepType } from '../../src/domain/tip/tip-step-type';
import { eventually } from '../support/eventually';
import { HttpClient } from '../support/http-client';
import { startTestSystem, TestSystem } from '../support/test-system';
import { TEST_PASSWORD, TEST_USERS } from '../support/test-users';

/**
 * The demo province as `npm start` seeds it, against a real API and worker: every state the brief promises exists
 * and was reached through the workflows, and a second run adds nothing.
 */
describe('demo province: seeded through the real workflows', () => {
  const DAY = 86_400_000;
  let system: TestSystem;
  let coordinator: HttpClient;
  let report: DemoProvinceReport;
  const credentials = Object.fromEntries([...TEST_USERS, ...DEMO_PROVINCE_STAFF].map((u) => [u.username, TEST_PASSWORD]));
  const scenario = (name: string) => report.scenarios.find((s) => s.scenario === name)!;
  const baseUrl = () => (system.http as unknown as { baseUrl: string }).baseUrl; // the test API's address
  const processView = async (processId: string) => (await coordinator.get(`/processes/${processId}`)).body;
  const activeTasks = (view: any, stepType: string) =>
    view.tasks.filter((t: any) => t.stepType === stepType && ['OPEN', 'CLAIMED'].includes(t.status));
  const counts = async () =>
    (
      await system.db.query(
        `SELECT (SELECT count(*) FROM tips) AS tips, (SELECT count(*) FROM cases) AS cases, (SELECT count(*) FROM tasks) AS tasks,
                (SELECT count(*) FROM tasks WHERE status = 'COMPLETED') AS completed`,
      )
    )[0];

  beforeAll(async () => {
    system = await startTestSystem();
    await upsertUsers(
      system.db,
      DEMO_PROVINCE_STAFF.map((u) => ({ ...u, roles: [...u.roles], password: TEST_PASSWORD })),
    );
    coordinator = await system.as('coordinator');
  });
  afterAll(() => system?.close());

  it('a run that cannot finish seeds what it can; the next run finishes it without doubling anything', async () => {
    const { ['so-ngoai-vu.officer']: _foreignAffairs, ...withoutForeignAffairs } = credentials;
    await expect(seedDemoProvince(baseUrl(), withoutForeignAffairs)).rejects.toThrow(/2 of 6 scenarios not finished .*SO_NGOAI_VU/);
    const partial = await counts();
    expect(Number(partial.tips)).toBe(6);
    report = await seedDemoProvince(baseUrl(), credentials);
    expect(Number((await counts()).tips)).toBe(6);
  }, 240_000);

  it('seeds six scenarios, each anchored on its own tip', async () => {
    expect(report.scenarios.map((s) => s.scenario).sort()).toEqual(
      ['closed-case', 'prosecution-trial-preparation', 'rescue-awaiting-mondulkiri', 'tip-overdue', 'tip-verifying', 'two-victims-in-shelter'].sort(),
    );
    expect(new Set(report.scenarios.map((s) => s.tipReference)).size).toBe(6);
    expect(report.changes).toBeGreaterThan(0);
  });

  it('a tip being verified: procuracy notified, verification open', async () => {
    const s = scenario('tip-verifying');
    expect((await coordinator.get(`/tips/${s.tipReference}`)).body.status).toBe('VERIFYING');
    const view = await processView(s.processIds[0]);
    expect(view.tasks.find((t: any) => t.stepType === TipStepType.NOTIFY_PROCURACY).status).toBe('COMPLETED');
    expect(activeTasks(view, TipStepType.VERIFY)).toHaveLength(1);
    expect(view.escalations).toEqual([]);
  });

  it('an overdue tip received 30 days ago: its verification escalated up the whole ladder, nothing acknowledged', async () => {
    const s = scenario('tip-overdue');
    const tip = (await coordinator.get(`/tips/${s.tipReference}`)).body;
    expect(Date.now() - Date.parse(tip.receivedAt)).toBeGreaterThan(29 * DAY);
    const verify = activeTasks(await processView(s.processIds[0]), TipStepType.VERIFY)[0];
    expect(verify.overdue).toBe(true);
    const ladder = await eventually(async () => {
      const open = (await processView(s.processIds[0])).escalations.filter((e: any) => e.taskId === verify.id && !e.acknowledgedAt);
      return open.length === 3 && open;
    }, 'three open escalations of the overdue verification');
    expect(ladder.map((e: any) => e.target).sort()).toEqual(['AGENCY_HEAD', 'LEADERSHIP', 'STANDING_OFFICE']);
    const listed = await eventually(async () => {
      const rows = (await coordinator.get('/escalations')).body;
      return Array.isArray(rows) && rows.some((e: any) => e.taskId === verify.id) && rows;
    }, 'the escalations in the standing office list');
    expect(listed.length).toBeGreaterThan(0);
  });

  it("a rescue in Cambodia waiting for Mondulkiri's reply", async () => {
    const s = scenario('rescue-awaiting-mondulkiri');
    const kase = (await coordinator.get(`/cases/${s.caseReference}`)).body;
    const rescue = kase.processes.find((p: any) => p.kind === 'RESCUE');
    expect(rescue.status).toBe('RUNNING');
    const reply = (await coordinator.get(`/tasks?processId=${rescue.processId}`)).body.find(
      (t: any) => t.stepType === RescueStepType.RECORD_COOPERATION_REPLY && t.status === 'OPEN',
    );
    expect(reply).toMatchObject({ agencyCode: 'SO_NGOAI_VU', externalPartyCode: 'EXT_MONDULKIRI' });
    const view = await processView(rescue.processId);
    expect(view.tasks.filter((t: any) => t.stepType === RescueStepType.PLAN && t.status === 'COMPLETED')).toHaveLength(2);
  });

  it('two rescued victims, one a child, both in the shelter', async () => {
    const s = scenario('two-victims-in-shelter');
    const kase = (await coordinator.get(`/cases/${s.caseReference}`)).body;
    expect(kase.processes.find((p: any) => p.kind === 'RESCUE')).toMatchObject({ status: 'COMPLETED', outcome: 'RESCUED' });
    const receptions = kase.processes.filter((p: any) => p.kind === 'RECEPTION');
    expect(receptions.map((r: any) => r.status)).toEqual(['RUNNING', 'RUNNING']);
    const views = await Promise.all(receptions.map((r: any) => processView(r.processId)));
    for (const view of views) expect(activeTasks(view, ReceptionStepType.SHELTER)).toEqual([expect.objectContaining({ agencyCode: 'CSTGXH_TINH' })]);
    const children = views.map((v) => v.timeline.find((e: any) => e.type === 'RECEPTION_ROUTE').detail.child);
    expect(children.sort()).toEqual([false, true]);
    expect((await coordinator.get(`/tips/${s.tipReference}`)).body.status).toBe('CONFIRMED');
  });

  it('a prosecution (art. 150 cl. 2) in trial preparation, its investigation counted from a decision made earlier', async () => {
    const s = scenario('prosecution-trial-preparation');
    const kase = (await coordinator.get(`/cases/${s.caseReference}`)).body;
    expect(kase).toMatchObject({ status: 'OPEN', charge: { article: 150, clause: 2 }, severity: 'VERY_SERIOUS' });
    const prosecution = kase.processes.find((p: any) => p.kind === 'PROSECUTION');
    expect(prosecution.status).toBe('RUNNING');
    const view = await processView(prosecution.processId);
    expect(activeTasks(view, ProsecutionStepType.TRIAL_PREPARATION)).toEqual([expect.objectContaining({ agencyCode: 'TOA_TINH' })]);
    const investigation = view.tasks.find((t: any) => t.stepType === ProsecutionStepType.INVESTIGATION);
    expect(investigation.status).toBe('COMPLETED');
    expect(Date.parse(investigation.createdAt) - Date.parse(investigation.startsAt)).toBeGreaterThan(0.9 * DAY);
  });

  it('a closed case: the person received, supported and home', async () => {
    const s = scenario('closed-case');
    const kase = (await coordinator.get(`/cases/${s.caseReference}`)).body;
    expect(kase.status).toBe('CLOSED');
    expect(kase.processes).toEqual([expect.objectContaining({ kind: 'RECEPTION', status: 'COMPLETED' })]);
  });

  it('running it again finds everything seeded and creates nothing', async () => {
    const before = await counts();
    const again = await seedDemoProvince(baseUrl(), credentials);
    expect(again.changes).toBe(0);
    expect(again.scenarios.map((s) => [s.tipReference, s.caseReference])).toEqual(report.scenarios.map((s) => [s.tipReference, s.caseReference]));
    expect(await counts()).toEqual(before);
  });
  it('a case someone moved on after seeding is left where they took it', async () => {
    const rescueId = scenario('rescue-awaiting-mondulkiri').processIds[1];
    const reply = activeTasks(await processView(rescueId), RescueStepType.RECORD_COOPERATION_REPLY)[0];
    const foreignAffairs = await system.as('so-ngoai-vu.officer' as never);
    const recorded = await foreignAffairs.post(`/tasks/${reply.id}/complete`, { outcome: { reply: 'AGREED', note: 'Đồng ý phối hợp' } });
    expect(recorded.status).toBe(200);
    await eventually(async () => activeTasks(await processView(rescueId), RescueStepType.SIGN_OFF_OPERATION).length === 2, 'two sign-offs open');

    const again = await seedDemoProvince(baseUrl(), credentials);
    expect(again.changes).toBe(0);
    const view = await processView(rescueId);
    expect(view.status).toBe('RUNNING');
    expect(activeTasks(view, RescueStepType.SIGN_OFF_OPERATION)).toHaveLength(2);
  });
});
