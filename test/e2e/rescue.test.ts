import { RESCUE_CATALOGUE_ENTRIES } from '../../src/database/seeds/catalogue/rescue-entries';
import { upsertUsers } from '../../src/database/demo-users';
import { RescueStepType } from '../../src/domain/rescue/rescue-step-type';
import { Role } from '../../src/domain/role';
import { rescueWorkflow } from '../../workflows/rescue/rescue.workflow';
import type { RescueInput } from '../../workflows/rescue/types';
import { eventually } from '../support/eventually';
import { HttpClient } from '../support/http-client';
import { recordHistory } from '../support/record-history';
import { shortCatalogue } from '../support/short-catalogue';
import { openTask } from '../support/open-task';
import { startAsCaseChild } from '../support/start-process';
import { startTestSystem, TestSystem } from '../support/test-system';
import { TEST_PASSWORD } from '../support/test-users';

/** Real timers: Mondulkiri's reply is due after 3 s and escalates at once; every other step has an hour. */
const REPLY_SECONDS = 3;
const EXTRA_USERS = [
  { username: 'police-officer', displayName: 'Criminal police officer', agencyCode: 'CA_TINH_CSHS', roles: [Role.OFFICER] },
  { username: 'border-guard-officer', displayName: 'Border guard command officer', agencyCode: 'BDBP_TINH', roles: [Role.OFFICER] },
  { username: 'foreign-affairs-officer', displayName: 'Foreign affairs officer', agencyCode: 'SO_NGOAI_VU', roles: [Role.OFFICER] },
].map((u) => ({ ...u, password: TEST_PASSWORD }));

const now = () => new Date().toISOString();
/** Long enough for a wrongly advancing workflow to have created its next task. */
const settle = () => new Promise((r) => setTimeout(r, 1500));

describe('rescue (giải cứu) through the HTTP API', () => {
  let system: TestSystem;
  let coordinator: HttpClient;
  let police: HttpClient;
  let borderGuard: HttpClient;
  let foreignAffairs: HttpClient;
  let health: HttpClient;
  const closers: Array<() => Promise<void>> = [];

  beforeAll(async () => {
    system = await startTestSystem({ catalogue: shortCatalogue({ [RescueStepType.RECORD_COOPERATION_REPLY]: REPLY_SECONDS }) });
    await upsertUsers(system.db, EXTRA_USERS);
    [coordinator, police, borderGuard, foreignAffairs, health] = await Promise.all(
      ['coordinator', 'police-officer', 'border-guard-officer', 'foreign-affairs-officer', 'health-head'].map((u) => system.as(u as never)),
    );
  });
  afterAll(async () => {
    await Promise.all(closers.map((close) => close()));
    await system?.close();
  });

  async function start(situation: Pick<RescueInput, 'victimAbroad' | 'borderArea'>) {
    const { processId, handle, close } = await startAsCaseChild('rescue', rescueWorkflow, situation);
    closers.push(close);
    return { processId, handle };
  }

  async function complete(client: HttpClient, task: { id: string }, outcome: Record<string, unknown>) {
    const res = await client.post(`/tasks/${task.id}/complete`, { outcome });
    expect(res.status).toBe(200);
  }

  const allTasks = async (processId: string) => (await coordinator.get(`/tasks?processId=${processId}`)).body as any[];
  const openRows = (processId: string) =>
    system.db.query(`SELECT id FROM tasks WHERE process_id = $1 AND status IN ('OPEN', 'CLAIMED')`, [processId]);
  const stepsCreated = async (processId: string) => (await allTasks(processId)).map((t) => t.stepType);

  it('rescues abroad in a border area: joint plan, Mondulkiri followed up and escalated, joint sign-off, V1 and V2', async () => {
    const { processId, handle } = await start({ victimAbroad: true, borderArea: true });

    // 1. The criminal police and the border guard plan jointly, each with the catalogue's policy deadline.
    const policePlan = await openTask(police, processId, RescueStepType.PLAN);
    const borderPlan = await openTask(borderGuard, processId, RescueStepType.PLAN);
    expect([policePlan.agencyCode, borderPlan.agencyCode]).toEqual(['CA_TINH_CSHS', 'BDBP_TINH']);
    const planEntry = RESCUE_CATALOGUE_ENTRIES.find((e) => e.key === RescueStepType.PLAN)!;
    expect(policePlan.legalBasis).toBe(planEntry.legalBasis);
    expect(policePlan.deadlineNature).toBe('POLICY');
    expect(Date.parse(policePlan.dueAt) - Date.parse(policePlan.createdAt)).toBe(3600 * 1000);
    await complete(police, policePlan, { planNumber: '15/KH-PC02', plannedStartAt: now() });
    await settle();
    expect(await stepsCreated(processId)).not.toContain(RescueStepType.SEND_COOPERATION_REQUEST);
    await complete(borderGuard, borderPlan, { planNumber: '08/KH-BĐBP', plannedStartAt: now() });

    // 2. Foreign affairs asks Mondulkiri, then follows the reply up; left unanswered, it escalates.
    const request = await openTask(foreignAffairs, processId, RescueStepType.SEND_COOPERATION_REQUEST);
    await complete(foreignAffairs, request, { sentAt: now(), channel: 'BORDER_LIAISON', documentNumber: '112/SNgV-LS' });
    const reply = await openTask(foreignAffairs, processId, RescueStepType.RECORD_COOPERATION_REPLY);
    expect(reply.agencyCode).toBe('SO_NGOAI_VU');
    expect(reply.externalPartyCode).toBe('EXT_MONDULKIRI');
    expect(Date.parse(reply.dueAt) - Date.parse(reply.createdAt)).toBe(REPLY_SECONDS * 1000);
    const [level1] = await eventually(
      async () => {
        const rows = await system.db.query(`SELECT * FROM escalations WHERE task_id = $1 AND level = 1`, [reply.id]);
        return rows.length === 1 && rows;
      },
      'escalation of the unanswered request',
      15_000,
    );
    expect([level1.target, level1.agency_code]).toEqual(['AGENCY_HEAD', 'SO_NGOAI_VU']);
    expect(new Date(level1.fired_at).getTime()).toBeGreaterThanOrEqual(Date.parse(reply.dueAt));

    const bad = await foreignAffairs.post(`/tasks/${reply.id}/complete`, { outcome: { reply: 'MAYBE' } });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('outcome.reply');
    const noNote = await foreignAffairs.post(`/tasks/${reply.id}/complete`, { outcome: { reply: 'NO_CONTACT' } });
    expect([noNote.status, noNote.body.message]).toEqual([400, 'outcome.note is required']);
    await complete(foreignAffairs, reply, { reply: 'AGREED', note: 'Mondulkiri police join on their side' });

    // 3. Joint operation: the police's sign-off alone does not end it.
    const policeSignOff = await openTask(police, processId, RescueStepType.SIGN_OFF_OPERATION);
    const borderSignOff = await openTask(borderGuard, processId, RescueStepType.SIGN_OFF_OPERATION);
    await complete(police, policeSignOff, { signedOffAt: now(), result: 'SUCCESS' });
    await settle();
    const waiting = await stepsCreated(processId);
    expect(waiting).not.toContain(RescueStepType.RECORD_PERSONS);
    expect(waiting).not.toContain(RescueStepType.ESSENTIAL_NEEDS);
    await complete(borderGuard, borderSignOff, { signedOffAt: now(), result: 'SUCCESS', note: 'Handed over at Bu Prăng gate' });

    // 4. At the point of rescue health covers essential needs; the police record who was brought out.
    const needs = await openTask(health, processId, RescueStepType.ESSENTIAL_NEEDS);
    expect(needs.agencyCode).toBe('SO_Y_TE');
    const persons = await openTask(police, processId, RescueStepType.RECORD_PERSONS);
    const negative = await police.post(`/tasks/${persons.id}/complete`, { outcome: { adults: -1, children: 1 } });
    expect([negative.status, negative.body.message]).toEqual([400, 'outcome.adults must be at least 0']);
    await complete(police, persons, { adults: 1, children: 1, homeCommuneCode: 'UBND_XA_QUANG_TRUC' });
    await complete(health, needs, { providedAt: now(), note: 'Food, clothing, first aid' });

    expect(await handle.result()).toEqual({
      outcome: 'RESCUED',
      victimAbroad: true,
      catalogueVersion: expect.any(Number),
      persons: [
        { label: 'V1', child: false, homeCommuneCode: 'UBND_XA_QUANG_TRUC' },
        { label: 'V2', child: true, homeCommuneCode: 'UBND_XA_QUANG_TRUC' },
      ],
    });
    // Every step's row is closed too: the last completion was saved before the workflow ended.
    expect(await openRows(processId)).toEqual([]);
    const view = (await coordinator.get(`/processes/${processId}`)).body;
    expect(view.status).toBe('COMPLETED');
    const created = view.timeline.filter((e: any) => e.type === 'TASK_CREATED').map((e: any) => e.detail.stepType);
    expect([...new Set(created)]).toEqual([
      RescueStepType.PLAN,
      RescueStepType.SEND_COOPERATION_REQUEST,
      RescueStepType.RECORD_COOPERATION_REPLY,
      RescueStepType.SIGN_OFF_OPERATION,
      RescueStepType.ESSENTIAL_NEEDS,
      RescueStepType.RECORD_PERSONS,
    ]);
    expect(view.timeline.map((e: any) => e.type)).toEqual(
      expect.arrayContaining(['ESCALATED', 'ESSENTIAL_NEEDS_SUPPORT_STARTED', 'PERSONS_RESCUED']),
    );
    await recordHistory(processId, 'rescue-abroad-border-area');
  });

  it('lets the standing office end the rescue after Mondulkiri refuses', async () => {
    const { processId, handle } = await start({ victimAbroad: true, borderArea: false });
    // Abroad means a border crossing: the border guard plans too.
    for (const client of [police, borderGuard])
      await complete(client, await openTask(client, processId, RescueStepType.PLAN), { planNumber: '1', plannedStartAt: now() });
    await complete(foreignAffairs, await openTask(foreignAffairs, processId, RescueStepType.SEND_COOPERATION_REQUEST), {
      sentAt: now(),
      channel: 'DIPLOMATIC_NOTE',
      documentNumber: '7/SNgV',
    });
    const reply = await openTask(foreignAffairs, processId, RescueStepType.RECORD_COOPERATION_REPLY);
    await complete(foreignAffairs, reply, { reply: 'REFUSED', note: 'Handled by Cambodian police alone' });
    const decision = await openTask(coordinator, processId, RescueStepType.DECIDE_WITHOUT_AGREEMENT);
    expect(decision.agencyCode).toBe('BCD_VPTT');
    expect((await police.post(`/tasks/${decision.id}/complete`, { outcome: { decision: 'END_RESCUE', reason: 'x' } })).status).toBe(403);
    await complete(coordinator, decision, { decision: 'END_RESCUE', reason: 'Repatriation through the mission instead' });
    expect(await handle.result()).toEqual({ outcome: 'NOT_FOUND', persons: [], reason: 'NO_COOPERATION' });
    expect(await stepsCreated(processId)).not.toContain(RescueStepType.SIGN_OFF_OPERATION);
    await recordHistory(processId, 'rescue-cooperation-refused');
  });

  it('is cancelled as a whole: result CANCELLED, no open task left', async () => {
    const { processId, handle } = await start({ victimAbroad: false, borderArea: false });
    const plan = await openTask(police, processId, RescueStepType.PLAN);
    // Inland: the criminal police alone.
    expect((await allTasks(processId)).map((t) => t.agencyCode)).toEqual(['CA_TINH_CSHS']);
    const cancelled = await coordinator.post(`/processes/${processId}/cancel`, { reason: 'Victims returned by themselves' });
    expect(cancelled.status).toBe(200);
    expect(await handle.result()).toEqual({ outcome: 'CANCELLED', persons: [] });
    expect(await openRows(processId)).toEqual([]);
    expect((await police.post(`/tasks/${plan.id}/complete`, { outcome: { planNumber: '1', plannedStartAt: now() } })).status).toBe(409);
    await recordHistory(processId, 'rescue-cancelled');
  });
});
