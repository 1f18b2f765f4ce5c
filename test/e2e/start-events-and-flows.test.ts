import { periodEnd } from '../../src/domain/period-end';
import { ProsecutionStepType } from '../../src/domain/prosecution/prosecution-step-type';
import { ReceptionStepType } from '../../src/domain/reception/reception-step-type';
import { RescueStepType } from '../../src/domain/rescue/rescue-step-type';
import { STEP_DEFINITIONS } from '../../src/domain/step-definitions';
import { TipStepType } from '../../src/domain/tip/tip-step-type';
import { AgencyStaff } from '../support/agency-staff';
import { eventually } from '../support/eventually';
import { HttpClient } from '../support/http-client';
import { ProcessDriver, sampleOutcome } from '../support/process-driver';
import { recordHistory } from '../support/record-history';
import { startTestSystem, TestSystem } from '../support/test-system';
import { idempotencyKey, tipBody } from '../support/tip-requests';

const DAY = 86_400_000;

/**
 * Where periods start (receipt, the decision to prosecute), what is fixed when the API accepts a request (the clock
 * start, the catalogue version), one case per tip, the urgent path, the way home from Cambodia, and the codes the
 * API checks before a workflow ever sees them.
 */
describe('start events, pinned versions and the processes’ flows', () => {
  let system: TestSystem;
  let coordinator: HttpClient;
  let staff: AgencyStaff;
  let drive: ProcessDriver;

  beforeAll(async () => {
    system = await startTestSystem();
    coordinator = await system.as('coordinator');
    staff = new AgencyStaff(system);
    drive = new ProcessDriver(coordinator, staff);
  });
  afterAll(() => system?.close());

  async function register(overrides: Record<string, unknown> = {}) {
    const res = await coordinator.post('/tips', tipBody(overrides), { 'Idempotency-Key': idempotencyKey() });
    expect(res.status).toBe(201);
    return res.body;
  }

  async function openCase(charge?: { article: number; clause: number }) {
    const res = await coordinator.post('/cases', charge ? { charge } : {});
    expect(res.status).toBe(201);
    return res.body;
  }

  const tip = (reference: string) => coordinator.get(`/tips/${reference}`).then((r) => r.body);
  const holidays = async () => ((await coordinator.get('/calendar/holidays')).body as Array<{ date: string }>).map((h) => h.date);
  const caseView = (reference: string) => coordinator.get(`/cases/${reference}`).then((r) => r.body);
  const casesOf = (tipId: string) => system.db.query(`SELECT id, reference FROM cases WHERE origin_tip_id = $1`, [tipId]);

  async function completeAs(task: any, outcome: Record<string, unknown>) {
    return (await drive.actorFor(task)).post(`/tasks/${task.id}/complete`, {
      outcome: sampleOutcome(STEP_DEFINITIONS[task.stepType].outcome, outcome),
    });
  }

  it('counts a tip received 10 days ago from receipt: notice and verification', async () => {
    const receivedAt = Date.now() - 10 * DAY;
    const registered = await register({ receivedAt: new Date(receivedAt).toISOString() });
    const verify = await drive.task(registered.processId, TipStepType.VERIFY);
    const notice = await drive.task(registered.processId, TipStepType.NOTIFY_PROCURACY);
    for (const task of [verify, notice]) {
      expect(Date.parse(task.startsAt)).toBe(receivedAt);
      expect(Date.parse(task.createdAt)).toBeGreaterThan(receivedAt + 9 * DAY);
    }
    // 20 and 3 days from receipt, to 24:00 of the last day, rolled past a day off (art. 134): the exact instants,
    // derived from the receipt and the published calendar (a roll-over through Tết adds up to 9 days).
    const calendar = { holidays: await holidays() };
    expect(verify.dueAt).toBe(new Date(periodEnd(receivedAt, { amount: 20, unit: 'days' }, verify, calendar)).toISOString());
    expect(notice.dueAt).toBe(new Date(periodEnd(receivedAt, { amount: 3, unit: 'days' }, notice, calendar)).toISOString());
  });

  it('refuses a receipt in the future or more than a year ago, naming the field', async () => {
    for (const receivedAt of [new Date(Date.now() + DAY).toISOString(), new Date(Date.now() - 400 * DAY).toISOString()]) {
      const res = await coordinator.post('/tips', tipBody({ receivedAt }), { 'Idempotency-Key': idempotencyKey() });
      expect(res.status).toBe(400);
      expect(res.body.message).toContain('receivedAt');
    }
    // A few minutes of clock skew are accepted.
    await register({ receivedAt: new Date(Date.now() + 60_000).toISOString() });
  });

  it('counts the investigation and the border guard’s transfer from the decision to prosecute', async () => {
    const kase = await openCase({ article: 150, clause: 1 });
    const future = await coordinator.post(`/cases/${kase.reference}/processes`, {
      kind: 'PROSECUTION',
      decidedAt: new Date(Date.now() + DAY).toISOString(),
    });
    expect(future.status).toBe(400);
    expect(future.body.message).toContain('decidedAt');

    const decidedAt = Date.now() - 30 * DAY;
    const started = await coordinator.post(`/cases/${kase.reference}/processes`, {
      kind: 'PROSECUTION',
      openedByBorderGuard: true,
      decidedAt: new Date(decidedAt).toISOString(),
    });
    expect(started.status).toBe(201);
    const investigation = await drive.task(started.body.processId, ProsecutionStepType.INVESTIGATION);
    const transfer = await drive.task(started.body.processId, ProsecutionStepType.BORDER_TRANSFER);
    expect(Date.parse(investigation.startsAt)).toBe(decidedAt);
    expect(Date.parse(transfer.startsAt)).toBe(decidedAt);
    // 4 months from the decision, not from now.
    const calendar = { holidays: await holidays() };
    expect(investigation.dueAt).toBe(new Date(periodEnd(decidedAt, { amount: 4, unit: 'months' }, investigation, calendar)).toISOString());
  });

  it('keeps the catalogue version pinned when the tip was accepted, though the worker ran it only after a newer one', async () => {
    const [{ version: before }] = await system.db.query(`SELECT MAX(version)::int AS version FROM deadline_catalogue_versions`);
    await system.stopWorker();
    let registered: any;
    try {
      registered = await register();
      await system.db.query(
        `INSERT INTO deadline_catalogue_versions (version, entries, escalation_ladder, note)
         SELECT version + 1, entries, escalation_ladder, 'published while the worker was down' FROM deadline_catalogue_versions ORDER BY version DESC LIMIT 1`,
      );
    } finally {
      await system.startWorker();
    }
    const [row] = await system.db.query(`SELECT catalogue_version FROM tips WHERE id = $1`, [registered.id]);
    expect(row.catalogue_version).toBe(before);
    await drive.task(registered.processId, TipStepType.VERIFY);
    const view = (await coordinator.get(`/processes/${registered.processId}`)).body;
    expect(view.catalogueVersion).toBe(before);
    // A process accepted after the publication takes the newer version.
    const later = await register();
    await drive.task(later.processId, TipStepType.VERIFY);
    expect((await coordinator.get(`/processes/${later.processId}`)).body.catalogueVersion).toBe(before + 1);
  });

  it('confirms a tip attached to a case into that case: no second case', async () => {
    const kase = await openCase();
    const registered = await register();
    expect((await coordinator.post(`/cases/${kase.reference}/tips`, { tipReference: registered.reference })).status).toBe(200);
    await drive.complete(registered.processId, TipStepType.NOTIFY_PROCURACY);
    await drive.complete(registered.processId, TipStepType.VERIFY, { decision: 'CONFIRMED' });
    const confirmed = await eventually(async () => {
      const t = await tip(registered.reference);
      return t.status === 'CONFIRMED' && t;
    }, 'tip confirmed');
    expect(confirmed.caseId).toBe(kase.caseId);
    expect(await casesOf(registered.id)).toEqual([]);
    const timeline = (await coordinator.get(`/processes/${registered.processId}`)).body.timeline.map((e: any) => e.type);
    expect(timeline).toContain('CASE_JOINED');
    expect(timeline).not.toContain('CASE_OPENED');
    await recordHistory(registered.processId, 'tip-verification-joins-attached-case');
  });

  it('the urgent path: deciding to rescue opens the case with a rescue running, and the confirmed tip joins that case', async () => {
    const registered = await register({ urgency: 'URGENT', victimInDanger: true });
    const decision = await drive.task(registered.processId, TipStepType.URGENT_RESCUE_DECISION);
    const res = await completeAs(decision, { rescueStarted: true, note: 'Victim held at a farm near the border', borderArea: true });
    expect(res.status).toBe(200);

    const caseId = await eventually(async () => (await tip(registered.reference)).caseId, 'case opened by the urgent decision');
    const [opened] = await casesOf(registered.id);
    expect(opened.id).toBe(caseId);
    const rescue = await eventually(
      async () => (await caseView(opened.reference)).processes?.find((p: any) => p.kind === 'RESCUE'),
      'rescue started',
    );
    expect(rescue.status).toBe('RUNNING');
    const plans = await eventually(async () => {
      const open = await drive.openTasks(rescue.processId);
      return open.length === 2 && open;
    }, 'joint rescue plan (border area)');
    expect(plans.map((t: any) => t.agencyCode).sort()).toEqual(['BDBP_TINH', 'CA_TINH_CSHS']);

    await drive.complete(registered.processId, TipStepType.NOTIFY_PROCURACY);
    await drive.complete(registered.processId, TipStepType.VERIFY, { decision: 'CONFIRMED' });
    await eventually(async () => (await tip(registered.reference)).status === 'CONFIRMED', 'tip confirmed');
    expect((await tip(registered.reference)).caseId).toBe(caseId);
    expect(await casesOf(registered.id)).toHaveLength(1);
    expect((await caseView(opened.reference)).tipIds).toEqual([registered.id]);
    await recordHistory(registered.processId, 'tip-verification-urgent-rescue-opens-case');
    await recordHistory(`case-${opened.reference}`, 'case-opened-by-urgent-rescue');
  });

  it('brings a person rescued abroad home through the gate: border guard, certificate of return, then health', async () => {
    const kase = await openCase();
    const started = await coordinator.post(`/cases/${kase.reference}/processes`, { kind: 'RESCUE', victimAbroad: true });
    expect(started.status).toBe(201);
    const rescueId = started.body.processId;

    // A commune that does not exist is refused, and the rescue keeps moving with the right one.
    const finish = async () => {
      for (;;) {
        const view = (await coordinator.get(`/processes/${rescueId}`)).body;
        if (view.status !== 'RUNNING') return;
        for (const task of await drive.openTasks(rescueId)) {
          if (task.stepType === RescueStepType.RECORD_PERSONS) {
            const wrong = await completeAs(task, { adults: 1, children: 0, homeCommuneCode: 'UBND_XA_NOWHERE' });
            expect(wrong.status).toBe(400);
            expect(wrong.body.message).toContain('outcome.homeCommuneCode');
            expect((await completeAs(task, { adults: 1, children: 0, homeCommuneCode: 'THUAN_AN' })).status).toBe(200);
          } else {
            const choices = task.stepType === RescueStepType.RECORD_COOPERATION_REPLY ? { reply: 'AGREED' } : {};
            const done = await completeAs(task, choices);
            if (done.status !== 200 && done.status !== 409) throw new Error(`${task.stepType}: ${done.status} ${JSON.stringify(done.body)}`);
          }
        }
        await new Promise((r) => setTimeout(r, 200));
      }
    };
    await finish();

    const reception = await eventually(
      async () => (await caseView(kase.reference)).processes.find((p: any) => p.kind === 'RECEPTION'),
      'reception started',
    );
    const handover = await drive.task(reception.processId, ReceptionStepType.BORDER_GUARD_HANDOVER);
    expect(handover.agencyCode).toBe('DBP_DAK_PEUR');
    const steps = async () => (await coordinator.get(`/tasks?processId=${reception.processId}`)).body.map((t: any) => t.stepType);
    expect(await steps()).toEqual([ReceptionStepType.BORDER_GUARD_HANDOVER]);
    await drive.complete(reception.processId, ReceptionStepType.BORDER_GUARD_HANDOVER);
    const certificate = await drive.task(reception.processId, ReceptionStepType.RETURN_CERTIFICATE);
    expect(certificate.agencyCode).toBe('CA_TINH_XNC');
    expect(await steps()).not.toContain(ReceptionStepType.INITIAL_VERIFICATION);
    await drive.complete(reception.processId, ReceptionStepType.RETURN_CERTIFICATE);
    await drive.complete(reception.processId, ReceptionStepType.TO_RECEPTION_POINT);
    const initial = await drive.task(reception.processId, ReceptionStepType.INITIAL_VERIFICATION);
    expect(initial.agencyCode).toBe('SO_Y_TE');
    expect(await steps()).not.toContain(ReceptionStepType.RESCUED_HANDOVER);
    // The reception took the rescue's catalogue version.
    const [rescueView, receptionView] = await Promise.all(
      [rescueId, reception.processId].map((id) => coordinator.get(`/processes/${id}`).then((r) => r.body)),
    );
    expect(receptionView.catalogueVersion).toBe(rescueView.catalogueVersion);
    await recordHistory(reception.processId, 'reception-rescued-abroad');
  });

  it('refuses unknown communes and agencies in a request or an outcome, and the process keeps moving', async () => {
    const kase = await openCase();
    const bad = await coordinator.post(`/cases/${kase.reference}/processes`, {
      kind: 'RECEPTION',
      personLabel: 'V1',
      route: 'BORDER_HANDOVER',
      homeCommuneCode: 'DAK_WILL',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('homeCommuneCode');
    const badAgency = await coordinator.post(`/cases/${kase.reference}/processes`, {
      kind: 'RECEPTION',
      personLabel: 'V1',
      route: 'SELF_REPORT',
      homeCommuneCode: 'DAK_WIL',
      receivingAgencyCode: 'CA_XA_NOWHERE',
    });
    expect(badAgency.status).toBe(400);
    expect(badAgency.body.message).toContain('receivingAgencyCode');
    const noCommune = await coordinator.post(`/cases/${kase.reference}/processes`, { kind: 'RECEPTION', personLabel: 'V1', route: 'SELF_REPORT' });
    expect(noCommune.status).toBe(400);

    // A self-reporting child: the agency they reported to brings them to the commune committee (art. 27(1)).
    const started = await coordinator.post(`/cases/${kase.reference}/processes`, {
      kind: 'RECEPTION',
      personLabel: 'V1',
      child: true,
      route: 'SELF_REPORT',
      homeCommuneCode: 'dak_wil',
      receivingAgencyCode: 'CA_XA_DAK_WIL',
    });
    expect(started.status).toBe(201);
    const processId = started.body.processId;
    expect((await drive.task(processId, ReceptionStepType.SELF_REPORT_ARRIVAL)).agencyCode).toBe('CA_XA_DAK_WIL');

    const choices: Record<string, Record<string, unknown>> = {
      [ReceptionStepType.INITIAL_VERIFICATION]: { isVictim: true, hasVictimPaper: true },
      [ReceptionStepType.SHELTER]: { destination: 'HOME_COMMUNE' },
    };
    const transfer = await eventually(
      async () => {
        for (const task of await drive.openTasks(processId)) {
          if (task.stepType === ReceptionStepType.TRANSFER_HOME_CHILD) return task;
          const done = await completeAs(task, choices[task.stepType] ?? {});
          if (done.status !== 200 && done.status !== 409) throw new Error(`${task.stepType}: ${done.status} ${JSON.stringify(done.body)}`);
        }
        return undefined;
      },
      'child transfer home',
      60_000,
    );
    const wrong = await completeAs(transfer, { handedOverTo: 'ESCORT', escortAgencyCode: 'SO_Y_TEE' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.message).toContain('outcome.escortAgencyCode');
    expect((await completeAs(transfer, { handedOverTo: 'ESCORT', escortAgencyCode: 'HLHPN_TINH' })).status).toBe(200);
    const followUp = await drive.task(processId, ReceptionStepType.FOLLOW_UP);
    expect(followUp.agencyCode).toBe('UBND_XA_DAK_WIL');
  });

  it('places no rescued person in a commune nobody named: the health department holds the commune’s part', async () => {
    const kase = await openCase();
    const started = await coordinator.post(`/cases/${kase.reference}/processes`, { kind: 'RECEPTION', personLabel: 'V9', route: 'RESCUED' });
    expect(started.status).toBe(201);
    const processId = started.body.processId;
    const choices: Record<string, Record<string, unknown>> = {
      [ReceptionStepType.INITIAL_VERIFICATION]: { isVictim: true, hasVictimPaper: true },
      [ReceptionStepType.SUPPORT_PLAN]: { allowance: true },
      [ReceptionStepType.SHELTER]: { destination: 'HOME_COMMUNE' },
    };
    const view = await drive.workUntilClosed(processId, choices);
    const agencyOf = (step: string) => view.tasks.find((t: any) => t.stepType === step)?.agencyCode;
    expect(agencyOf(ReceptionStepType.SUPPORT_ALLOWANCE)).toBe('SO_Y_TE');
    expect(agencyOf(ReceptionStepType.FOLLOW_UP)).toBe('SO_Y_TE');
    expect(view.tasks.some((t: any) => t.agencyCode.startsWith('UBND_XA_'))).toBe(false);
    expect(view.timeline.find((e: any) => e.type === 'RECEPTION_ROUTE').detail.homeCommittee).toBeNull();
  });

  it('never lets one agency hold both signatures of the joint rescue operation, also after a reassignment', async () => {
    const kase = await openCase();
    const started = await coordinator.post(`/cases/${kase.reference}/processes`, { kind: 'RESCUE', borderArea: true });
    const rescueId = started.body.processId;
    await eventually(async () => (await drive.openTasks(rescueId)).length === 2, 'joint plan');
    for (const task of await drive.openTasks(rescueId)) expect((await completeAs(task, {})).status).toBe(200);
    const signOffs = await eventually(async () => {
      const open = (await drive.openTasks(rescueId)).filter((t) => t.stepType === RescueStepType.SIGN_OFF_OPERATION);
      return open.length === 2 && open;
    }, 'joint sign-off');
    const police = signOffs.find((t: any) => t.agencyCode === 'CA_TINH_CSHS');
    const border = signOffs.find((t: any) => t.agencyCode === 'BDBP_TINH');

    const sameAgency = await coordinator.post(`/tasks/${border.id}/reassign`, {
      agencyCode: 'CA_TINH_CSHS',
      reason: 'the police will sign for both',
    });
    expect(sameAgency.status).toBe(409);
    expect(sameAgency.body.message).toContain('two different agencies');
    expect((await completeAs(police, {})).status).toBe(200);
    expect((await coordinator.post(`/tasks/${border.id}/reassign`, { agencyCode: 'CA_TINH_CSHS', reason: 'after signing' })).status).toBe(409);

    // Another border unit may take the border guard's signature over.
    expect(
      (await coordinator.post(`/tasks/${border.id}/reassign`, { agencyCode: 'DBP_DAK_PEUR', reason: 'the gate station was there' })).status,
    ).toBe(200);
    const moved = await drive.task(rescueId, RescueStepType.SIGN_OFF_OPERATION);
    expect(moved.agencyCode).toBe('DBP_DAK_PEUR');
    expect((await completeAs(moved, {})).status).toBe(200);
    await drive.task(rescueId, RescueStepType.RECORD_PERSONS);
  });

  it('judges two reassignments of a joint sign-off sent at once one after the other, in the workflow: one agency never holds both', async () => {
    const kase = await openCase();
    const rescueId = (await coordinator.post(`/cases/${kase.reference}/processes`, { kind: 'RESCUE', borderArea: true })).body.processId;
    await eventually(async () => (await drive.openTasks(rescueId)).length === 2, 'joint plan');
    for (const task of await drive.openTasks(rescueId)) expect((await completeAs(task, {})).status).toBe(200);
    const signOffs = await eventually(async () => {
      const open = (await drive.openTasks(rescueId)).filter((t) => t.stepType === RescueStepType.SIGN_OFF_OPERATION);
      return open.length === 2 && open;
    }, 'joint sign-off');
    // Each request alone is lawful (the other signature is elsewhere); both together would leave one unit with both.
    const moves = await Promise.all(
      signOffs.map((task: any) => coordinator.post(`/tasks/${task.id}/reassign`, { agencyCode: 'DBP_DAK_PEUR', reason: 'the gate station ran it' })),
    );
    expect(moves.map((m) => m.status).sort()).toEqual([200, 409]);
    expect(moves.find((m) => m.status === 409)!.body.message).toContain('two different agencies');
    const view = (await coordinator.get(`/processes/${rescueId}`)).body;
    const holders = view.tasks.filter((t: any) => t.stepType === RescueStepType.SIGN_OFF_OPERATION).map((t: any) => t.agencyCode);
    expect(new Set(holders).size).toBe(2);
    // Both signatures sent at once, by the two agencies that hold them: both lawful, both taken.
    const current = await eventually(async () => {
      const open = (await drive.openTasks(rescueId)).filter((t) => t.stepType === RescueStepType.SIGN_OFF_OPERATION);
      return open.length === 2 && open.some((t: any) => t.agencyCode === 'DBP_DAK_PEUR') && open;
    }, 'the moved signature in its new agency');
    const signed = await Promise.all(current.map((task: any) => completeAs(task, {})));
    expect(signed.map((r) => r.status)).toEqual([200, 200]);
    await drive.task(rescueId, RescueStepType.RECORD_PERSONS);
  });
});
