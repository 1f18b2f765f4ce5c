import { randomUUID } from 'node:crypto';
import { upsertUsers } from '../../src/database/demo-users';
import type { Severity } from '../../src/domain/case/severity';
import { ProsecutionStepType as Step } from '../../src/domain/prosecution/prosecution-step-type';
import { Role } from '../../src/domain/role';
import { chargeChangedSignal } from '../../workflows/prosecution/messages';
import { prosecutionWorkflow } from '../../workflows/prosecution/prosecution.workflow';
import { eventually } from '../support/eventually';
import { HttpClient } from '../support/http-client';
import { recordHistory } from '../support/record-history';
import { shortCatalogue } from '../support/short-catalogue';
import { openTask } from '../support/open-task';
import { startAsCaseChild } from '../support/start-process';
import { startTestSystem, TestSystem } from '../support/test-system';
import { TEST_PASSWORD } from '../support/test-users';

/** Seconds per catalogue entry: the main steps get a minute or two, legal aid 3 s so it escalates on a real timer. */
const SECONDS = {
  PROSECUTION_INVESTIGATION_VERY_SERIOUS: 60,
  PROSECUTION_INVESTIGATION_ESPECIALLY_SERIOUS: 120,
  PROSECUTION_PROCURACY_DECISION_VERY_SERIOUS: 60,
  PROSECUTION_PROCURACY_DECISION_ESPECIALLY_SERIOUS: 90,
  PROSECUTION_TRIAL_PREPARATION_VERY_SERIOUS: 60,
  PROSECUTION_TRIAL_PREPARATION_ESPECIALLY_SERIOUS: 100,
  PROSECUTION_SUPPLEMENTARY_INVESTIGATION_PROCURACY_RETURN: 50,
  PROSECUTION_SUPPLEMENTARY_INVESTIGATION_COURT_RETURN: 25,
  [Step.TRIAL_DECISION_AFTER_RETURN]: 15,
  [Step.LEGAL_AID]: 3,
};
const EXTRA_USERS = [
  { username: 'procuracy-officer', displayName: 'Procurator', agencyCode: 'VKS_TINH', roles: [Role.OFFICER] },
  { username: 'court-officer', displayName: 'Presiding judge', agencyCode: 'TOA_TINH', roles: [Role.OFFICER] },
  { username: 'court-head', displayName: 'Court president', agencyCode: 'TOA_TINH', roles: [Role.AGENCY_HEAD] },
  { username: 'legal-aid-officer', displayName: 'Legal aid officer', agencyCode: 'TTTGPL', roles: [Role.OFFICER] },
  { username: 'border-guard-officer', displayName: 'Border guard command officer', agencyCode: 'BDBP_TINH', roles: [Role.OFFICER] },
].map((u) => ({ ...u, password: TEST_PASSWORD }));

const ACTIVE = ['OPEN', 'CLAIMED'];
const now = () => new Date().toISOString();
const lengthOf = (task: { createdAt: string; dueAt: string }) => (Date.parse(task.dueAt) - Date.parse(task.createdAt)) / 1000;

describe('prosecution handoff (điều tra → truy tố → xét xử) through the HTTP API', () => {
  let system: TestSystem;
  let coordinator: HttpClient;
  let police: HttpClient;
  let policeHead: HttpClient;
  let procuracy: HttpClient;
  let procuracyHead: HttpClient;
  let court: HttpClient;
  let legalAid: HttpClient;
  let borderGuard: HttpClient;
  const closers: Array<() => Promise<void>> = [];

  beforeAll(async () => {
    system = await startTestSystem({ catalogue: shortCatalogue(SECONDS) });
    await upsertUsers(system.db, EXTRA_USERS);
    const users = [
      'coordinator',
      'officer',
      'agency-head',
      'procuracy-officer',
      'procuracy-head',
      'court-officer',
      'legal-aid-officer',
      'border-guard-officer',
    ];
    [coordinator, police, policeHead, procuracy, procuracyHead, court, legalAid, borderGuard] = await Promise.all(
      users.map((u) => system.as(u as never)),
    );
  });
  afterAll(async () => {
    await Promise.all(closers.map((close) => close()));
    await system?.close();
  });

  async function start(severity: Severity, openedByBorderGuard = false) {
    const { processId, handle, close } = await startAsCaseChild('prosecution', prosecutionWorkflow, { severity, openedByBorderGuard });
    closers.push(close);
    return { processId, handle };
  }

  async function complete(client: HttpClient, processId: string, stepType: string, outcome: Record<string, unknown>) {
    const task = await openTask(client, processId, stepType);
    const res = await client.post(`/tasks/${task.id}/complete`, { outcome });
    expect(res.status).toBe(200);
    return task;
  }

  const view = async (processId: string) => (await coordinator.get(`/processes/${processId}`)).body;
  const decide = (decision: string) => ({ decision, note: `Decision ${decision}` });
  const sent = (field: string) => ({ [field]: now(), documentNumber: '01/QĐ' });

  it('runs a very serious case opened by the border guard through one return to a verdict; legal aid escalates and is still owed', async () => {
    const { processId, handle } = await start('VERY_SERIOUS', true);

    // From the start: the border guard's handover beside the investigation (its clock runs from the decision to prosecute).
    const transfer = await complete(borderGuard, processId, Step.BORDER_TRANSFER, sent('transferredAt'));
    expect([transfer.agencyCode, transfer.legalBasis, lengthOf(transfer)]).toEqual(['BDBP_TINH', expect.stringContaining('art. 164(1)(b)'), 3600]);
    const investigation = await openTask(police, processId, Step.INVESTIGATION);
    expect([investigation.agencyCode, investigation.deadlineKey, lengthOf(investigation)]).toEqual([
      'CA_TINH_CSDT',
      'PROSECUTION_INVESTIGATION_VERY_SERIOUS',
      60,
    ]);
    expect(investigation.legalBasis).toBe('BLTTHS 2015 art. 172(1)');
    const aid = await openTask(legalAid, processId, Step.LEGAL_AID);
    expect([aid.agencyCode, aid.deadlineNature]).toEqual(['TTTGPL', 'POLICY']);
    await complete(police, processId, Step.VICTIM_INFORMATION, {
      victimInformed: true,
      protection: 'ARRANGED',
      measures: 'Police escort at hearings',
    });
    const bad = await police.post(`/tasks/${investigation.id}/complete`, { outcome: { conclusion: 'CLOSE_IT', note: 'x' } });
    expect([bad.status, bad.body.message]).toEqual([400, expect.stringContaining('outcome.conclusion')]);
    await complete(police, processId, Step.INVESTIGATION, { conclusion: 'RECOMMEND_PROSECUTION', note: 'Two accused, art. 150(2)' });

    // The procuracy returns the file once; each decision is notified within 3 days.
    const first = await complete(procuracy, processId, Step.PROCURACY_DECISION, decide('RETURN_FOR_SUPPLEMENTARY'));
    expect([first.agencyCode, first.deadlineKey, lengthOf(first)]).toEqual(['VKS_TINH', 'PROSECUTION_PROCURACY_DECISION_VERY_SERIOUS', 60]);
    const notice = await complete(procuracy, processId, Step.NOTIFY_DECISION, sent('notifiedAt'));
    expect([notice.legalBasis, lengthOf(notice)]).toEqual(['BLTTHS 2015 art. 240(2)', 3600]);
    const supplementary = await complete(police, processId, Step.SUPPLEMENTARY_INVESTIGATION, { note: 'Victim statements added' });
    expect([supplementary.agencyCode, supplementary.deadlineKey, lengthOf(supplementary)]).toEqual([
      'CA_TINH_CSDT',
      'PROSECUTION_SUPPLEMENTARY_INVESTIGATION_PROCURACY_RETURN',
      50,
    ]);
    await complete(procuracy, processId, Step.PROCURACY_DECISION, decide('PROSECUTE'));
    await complete(procuracy, processId, Step.NOTIFY_DECISION, sent('notifiedAt'));

    // The court prepares, decides to try, opens the hearing and records the verdict.
    const preparation = await complete(court, processId, Step.TRIAL_PREPARATION, decide('TRY'));
    expect([preparation.agencyCode, preparation.deadlineKey, lengthOf(preparation)]).toEqual([
      'TOA_TINH',
      'PROSECUTION_TRIAL_PREPARATION_VERY_SERIOUS',
      60,
    ]);
    const hearing = await complete(court, processId, Step.OPEN_HEARING, { openedAt: now() });
    expect(hearing.legalBasis).toBe('BLTTHS 2015 art. 277(3)');
    const verdictTask = await openTask(court, processId, Step.RECORD_VERDICT);
    const noSentence = await court.post(`/tasks/${verdictTask.id}/complete`, { outcome: { verdict: 'CONVICTED' } });
    expect([noSentence.status, noSentence.body.message]).toEqual([400, 'outcome.sentence is required']);
    await complete(court, processId, Step.RECORD_VERDICT, { verdict: 'CONVICTED', sentence: 'Accused 1: 12 years; accused 2: 9 years' });

    // Legal aid, left undone, climbed to its head at the deadline; the process waits for it.
    const [escalation] = await eventually(async () => {
      const rows = await system.db.query(`SELECT * FROM escalations WHERE task_id = $1 AND level = 1`, [aid.id]);
      return rows.length > 0 && rows;
    }, 'legal aid escalation');
    expect([escalation.target, escalation.agency_code]).toEqual(['AGENCY_HEAD', 'TTTGPL']);
    expect(new Date(escalation.fired_at).getTime()).toBeGreaterThanOrEqual(Date.parse(aid.dueAt));
    expect((await view(processId)).status).toBe('RUNNING');
    await complete(legalAid, processId, Step.LEGAL_AID, { decision: 'LAWYER_ASSIGNED' });

    expect(await handle.result()).toEqual({ outcome: 'VERDICT', verdict: 'CONVICTED' });
    const done = await view(processId);
    expect(done.status).toBe('COMPLETED');
    expect(done.tasks.map((t: any) => t.stepType)).toEqual([
      Step.VICTIM_INFORMATION,
      Step.LEGAL_AID,
      Step.BORDER_TRANSFER,
      Step.INVESTIGATION,
      Step.PROCURACY_DECISION,
      Step.NOTIFY_DECISION,
      Step.SUPPLEMENTARY_INVESTIGATION,
      Step.PROCURACY_DECISION,
      Step.NOTIFY_DECISION,
      Step.TRIAL_PREPARATION,
      Step.OPEN_HEARING,
      Step.RECORD_VERDICT,
    ]);
    expect(done.timeline.filter((e: any) => e.type === 'FILE_RETURNED').map((e: any) => e.detail)).toEqual([{ returnedBy: 'PROCURACY', count: 1 }]);
    await recordHistory(processId, 'prosecution-verdict');
  });

  it('recomputes a running investigation when the charge becomes especially serious, then refuses a third return', async () => {
    const { processId, handle } = await start('VERY_SERIOUS');
    const investigation = await openTask(police, processId, Step.INVESTIGATION);

    // An extension is the procuracy's to grant (art. 172), and it survives the recomputation.
    const asked = await police.post(`/tasks/${investigation.id}/extensions`, { amount: 30, unit: 'seconds', reason: 'Witnesses in Cambodia' });
    expect(asked.status).toBe(200);
    const extensionId = asked.body.extensions[0].extensionId;
    const byPoliceHead = await policeHead.post(`/tasks/${investigation.id}/extensions/${extensionId}/decision`, { approve: true });
    expect([byPoliceHead.status, byPoliceHead.body.message]).toEqual([403, expect.stringContaining('VKS_TINH')]);
    expect((await procuracyHead.post(`/tasks/${investigation.id}/extensions/${extensionId}/decision`, { approve: true })).status).toBe(200);

    await handle.signal(chargeChangedSignal, { severity: 'ESPECIALLY_SERIOUS', actorId: randomUUID() });
    const moved = await eventually(async () => {
      const task = (await police.get(`/tasks/${investigation.id}`)).body;
      return task.deadlineKey === 'PROSECUTION_INVESTIGATION_ESPECIALLY_SERIOUS' && task;
    }, 'recomputed investigation deadline');
    expect(lengthOf(moved)).toBe(120 + 30);
    const recomputed = (await view(processId)).timeline.filter((e: any) => e.type === 'DEADLINE_RECOMPUTED');
    expect(recomputed).toEqual([
      expect.objectContaining({
        taskId: investigation.id,
        detail: expect.objectContaining({
          from: Date.parse(investigation.dueAt) + 30_000,
          to: Date.parse(moved.dueAt),
          deadlineKey: moved.deadlineKey,
        }),
      }),
    ]);
    await complete(police, processId, Step.INVESTIGATION, { conclusion: 'RECOMMEND_PROSECUTION', note: 'Art. 150(3)' });

    // Later tasks take the new severity; the procuracy returns the file twice, then cannot a third time.
    for (let round = 0; round < 2; round++) {
      const decision = await complete(procuracy, processId, Step.PROCURACY_DECISION, decide('RETURN_FOR_SUPPLEMENTARY'));
      expect([decision.deadlineKey, lengthOf(decision)]).toEqual(['PROSECUTION_PROCURACY_DECISION_ESPECIALLY_SERIOUS', 90]);
      await complete(police, processId, Step.SUPPLEMENTARY_INVESTIGATION, { note: 'Done' });
    }
    const last = await openTask(procuracy, processId, Step.PROCURACY_FINAL_DECISION);
    const third = await procuracy.post(`/tasks/${last.id}/complete`, { outcome: decide('RETURN_FOR_SUPPLEMENTARY') });
    expect([third.status, third.body.message]).toEqual([400, 'outcome.decision must be one of PROSECUTE, NOT_PROSECUTE']);

    // A coordinator cancels the process: every open task closes with the reason.
    const cancelled = await coordinator.post(`/processes/${processId}/cancel`, { reason: 'Case joined with another province' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.tasks.filter((t: any) => ACTIVE.includes(t.status))).toEqual([]);
    expect(await handle.result()).toEqual({ outcome: 'CANCELLED' });
    await recordHistory(processId, 'prosecution-charge-changed');
  });

  it('moves trial preparation back when the charge is lowered, and lets the court return the file only once', async () => {
    const { processId, handle } = await start('ESPECIALLY_SERIOUS');
    await complete(police, processId, Step.VICTIM_INFORMATION, { victimInformed: true, protection: 'NOT_NEEDED' });
    await complete(legalAid, processId, Step.LEGAL_AID, { decision: 'DECLINED_BY_VICTIM', note: 'Has a private lawyer' });
    await complete(police, processId, Step.INVESTIGATION, { conclusion: 'RECOMMEND_PROSECUTION', note: 'Art. 151(2)' });
    await complete(procuracy, processId, Step.PROCURACY_DECISION, decide('PROSECUTE'));
    await complete(procuracy, processId, Step.NOTIFY_DECISION, sent('notifiedAt'));

    const preparation = await openTask(court, processId, Step.TRIAL_PREPARATION);
    expect([preparation.deadlineKey, lengthOf(preparation)]).toEqual(['PROSECUTION_TRIAL_PREPARATION_ESPECIALLY_SERIOUS', 100]);
    await handle.signal(chargeChangedSignal, { severity: 'VERY_SERIOUS', actorId: randomUUID() });
    const lowered = await eventually(async () => {
      const task = (await court.get(`/tasks/${preparation.id}`)).body;
      return task.deadlineKey === 'PROSECUTION_TRIAL_PREPARATION_VERY_SERIOUS' && task;
    }, 'recomputed trial preparation');
    expect(lengthOf(lowered)).toBe(60);

    await complete(court, processId, Step.TRIAL_PREPARATION, decide('RETURN_FOR_SUPPLEMENTARY'));
    const supplementary = await complete(police, processId, Step.SUPPLEMENTARY_INVESTIGATION, { note: 'Expert report added' });
    expect([supplementary.deadlineKey, lengthOf(supplementary)]).toEqual(['PROSECUTION_SUPPLEMENTARY_INVESTIGATION_COURT_RETURN', 25]);
    const after = await openTask(court, processId, Step.TRIAL_DECISION_AFTER_RETURN);
    expect(lengthOf(after)).toBe(15);
    expect((await court.post(`/tasks/${after.id}/complete`, { outcome: decide('RETURN_FOR_SUPPLEMENTARY') })).status).toBe(400);
    await complete(court, processId, Step.TRIAL_DECISION_AFTER_RETURN, decide('SUSPEND'));
    expect(await handle.result()).toEqual({ outcome: 'SUSPENDED' });
    await recordHistory(processId, 'prosecution-court-return-suspended');
  });
});
