import { DEADLINE_CATALOGUE_V2 } from '../../src/database/seeds/deadline-catalogue-v2';
import { periodEnd } from '../../src/domain/period-end';
import { ProsecutionStepType } from '../../src/domain/prosecution/prosecution-step-type';
import { ReceptionStepType } from '../../src/domain/reception/reception-step-type';
import { RescueStepType } from '../../src/domain/rescue/rescue-step-type';
import { TipStepType } from '../../src/domain/tip/tip-step-type';
import { AgencyStaff } from '../support/agency-staff';
import { eventually } from '../support/eventually';
import { HttpClient } from '../support/http-client';
import { ProcessDriver } from '../support/process-driver';
import { recordHistory } from '../support/record-history';
import { realCatalogueWith } from '../support/short-catalogue';
import { startTestSystem, TestSystem } from '../support/test-system';
import { idempotencyKey, tipBody } from '../support/tip-requests';

/**
 * The plan's whole chain through the HTTP API: on an urgent hotline tip about a person held in Cambodia the standing
 * office decides to rescue, which opens the case with its rescue; the tip is then confirmed into that case. The rescue's request to Mondulkiri first goes unanswered (and escalates) before the reply
 * is recorded; the joint operation brings back two victims, one a child; each is received, identified, sheltered,
 * supported and sent home; the traffickers are prosecuted through to a verdict; the case closes.
 */
describe('full scenario: hotline tip → rescue in Cambodia → reception of two victims → prosecution → verdict', () => {
  const REPLY_SECONDS = 3;
  const DAY = 86_400_000;
  let system: TestSystem;
  let coordinator: HttpClient;
  let officer: HttpClient;
  let drive: ProcessDriver;

  beforeAll(async () => {
    system = await startTestSystem({ catalogue: realCatalogueWith({ [RescueStepType.RECORD_COOPERATION_REPLY]: REPLY_SECONDS }) });
    [coordinator, officer] = await Promise.all([system.as('coordinator'), system.as('officer')]);
    drive = new ProcessDriver(coordinator, new AgencyStaff(system));
  });
  afterAll(() => system?.close());

  const escalations = (taskId: string) =>
    system.db.query(`SELECT level, target, agency_code FROM escalations WHERE task_id = $1 ORDER BY level`, [taskId]);

  it('runs end to end with the deadlines and escalations each step should produce', async () => {
    // 1. The hotline tip: urgent, a victim in danger abroad → the standing office must decide on a rescue at once.
    const tip = (
      await coordinator.post(
        '/tips',
        tipBody({ channel: 'HOTLINE_111', urgency: 'URGENT', victimInDanger: true, location: 'Mondulkiri, Cambodia' }),
        {
          'Idempotency-Key': idempotencyKey(),
        },
      )
    ).body;
    const urgent = await drive.task(tip.processId, TipStepType.URGENT_RESCUE_DECISION);
    expect(urgent.agencyCode).toBe('BCD_VPTT');
    // Deciding to rescue opens the tip's case with the rescue running in it (abroad, in the border area).
    await drive.complete(tip.processId, TipStepType.URGENT_RESCUE_DECISION, { rescueStarted: true, victimAbroad: true, borderArea: true });
    await drive.complete(tip.processId, TipStepType.NOTIFY_PROCURACY);
    const verify = await drive.task(tip.processId, TipStepType.VERIFY);
    expect(verify.legalBasis).toContain('147');
    await officer.post(`/tasks/${verify.id}/complete`, { outcome: { decision: 'CONFIRMED', findings: 'Held at a casino compound in Mondulkiri' } });

    // 2. The case the urgent decision opened, which the confirmed tip joins (no second case).
    const caseId = await eventually(async () => {
      const res = await coordinator.get(`/tips/${tip.reference}`);
      return res.body.status === 'CONFIRMED' && res.body.caseId;
    }, 'tip confirmed into its case');
    expect(await system.db.query(`SELECT id FROM cases WHERE origin_tip_id = $1`, [tip.id])).toEqual([{ id: caseId }]);
    const [{ reference }] = await system.db.query(`SELECT reference FROM cases WHERE id = $1`, [caseId]);
    await eventually(async () => (await coordinator.get(`/cases/${reference}`)).status === 200, 'case workflow');
    expect((await coordinator.put(`/cases/${reference}/charge`, { article: 150, clause: 2 })).body.severity).toBe('VERY_SERIOUS');

    // 3. Rescue in Cambodia, in the border area: the one the urgent decision started.
    const rescue = await eventually(
      async () => (await coordinator.get(`/cases/${reference}`)).body.processes.find((p: any) => p.kind === 'RESCUE'),
      'rescue',
    );
    const rescueId = rescue.processId;
    const plans = await eventually(async () => {
      const open = (await drive.openTasks(rescueId)).filter((t) => t.stepType === RescueStepType.PLAN);
      return open.length === 2 && open;
    }, 'two plan tasks');
    expect(plans.map((t: any) => t.agencyCode).sort()).toEqual(['BDBP_TINH', 'CA_TINH_CSHS']);
    for (const plan of plans)
      await (
        await drive.actorFor(plan)
      ).post(`/tasks/${plan.id}/complete`, { outcome: { planNumber: `KH-${plan.agencyCode}`, plannedStartAt: new Date().toISOString() } });
    await drive.complete(rescueId, RescueStepType.SEND_COOPERATION_REQUEST, { channel: 'BORDER_LIAISON' });

    // Mondulkiri does not answer: the follow-up deadline passes and the ladder starts.
    const reply = await drive.task(rescueId, RescueStepType.RECORD_COOPERATION_REPLY);
    expect(reply).toMatchObject({ agencyCode: 'SO_NGOAI_VU', externalPartyCode: 'EXT_MONDULKIRI', deadlineNature: 'POLICY' });
    expect(Date.parse(reply.dueAt) - Date.parse(reply.createdAt)).toBe(REPLY_SECONDS * 1000);
    const unanswered = await eventually(
      async () => {
        const rows = await escalations(reply.id);
        return rows.length > 0 && rows;
      },
      'escalation of the unanswered request',
      20_000,
    );
    expect(unanswered[0]).toEqual({ level: 1, target: 'AGENCY_HEAD', agency_code: 'SO_NGOAI_VU' });
    await drive.complete(rescueId, RescueStepType.RECORD_COOPERATION_REPLY, { reply: 'AGREED', note: 'Mondulkiri police will join on 30 Nov' });

    // Joint operation: both must sign off.
    const signOffs = await eventually(async () => {
      const open = (await drive.openTasks(rescueId)).filter((t) => t.stepType === RescueStepType.SIGN_OFF_OPERATION);
      return open.length === 2 && open;
    }, 'two sign-offs');
    for (const signOff of signOffs)
      await (
        await drive.actorFor(signOff)
      ).post(`/tasks/${signOff.id}/complete`, { outcome: { signedOffAt: new Date().toISOString(), result: 'SUCCESS', note: 'ok' } });
    await drive.complete(rescueId, RescueStepType.ESSENTIAL_NEEDS);
    await drive.complete(rescueId, RescueStepType.RECORD_PERSONS, { adults: 1, children: 1, homeCommuneCode: 'UBND_XA_QUANG_TRUC' });

    // 4. The case starts one reception per rescued person.
    const receptions = await eventually(async () => {
      const kase = (await coordinator.get(`/cases/${reference}`)).body;
      const list = kase.processes.filter((p: any) => p.kind === 'RECEPTION');
      return list.length === 2 && list;
    }, 'two receptions');
    expect(receptions.map((r: any) => r.status)).toEqual(['RUNNING', 'RUNNING']);
    // Each reception names its person by the rescue's pseudonym only, and says whether a child.
    expect(receptions.map((r: any) => [r.personLabel, r.child])).toEqual([
      ['R1-V1', false],
      ['R1-V2', true],
    ]);
    const kase = (await coordinator.get(`/cases/${reference}`)).body;
    expect(kase.processes.find((p: any) => p.kind === 'RESCUE')).toMatchObject({ status: 'COMPLETED', outcome: 'RESCUED' });

    // 5. Reception of each person: handover, initial verification within 3 days, identification (no victim paper:
    //    20 days, unverified), shelter up to 120 days, support by eligibility, child protection, transfer home.
    const reception = {
      [ReceptionStepType.INITIAL_VERIFICATION]: { isVictim: true, hasVictimPaper: false },
      [ReceptionStepType.FORMAL_IDENTIFICATION]: { decision: 'CONFIRMED_VICTIM' },
      [ReceptionStepType.SUPPORT_PLAN]: { medical: true, psychological: true, legalAid: true, education: true },
      [ReceptionStepType.SHELTER]: { destination: 'HOME_COMMUNE' },
    };
    const [adult, child] = await Promise.all(receptions.map((r: any) => drive.workUntilClosed(r.processId, reception)));
    for (const view of [adult, child]) {
      expect(view.status).toBe('COMPLETED');
      const byStep = (step: string) => view.tasks.find((t: any) => t.stepType === step);
      const initial = byStep(ReceptionStepType.INITIAL_VERIFICATION);
      expect(initial).toMatchObject({ agencyCode: 'SO_Y_TE', deadlineNature: 'LAW' });
      expect(Date.parse(initial.dueAt) - Date.parse(initial.createdAt)).toBeGreaterThanOrEqual(3 * DAY);
      const identification = byStep(ReceptionStepType.FORMAL_IDENTIFICATION);
      expect(identification.agencyCode).toBe('CA_TINH_CSHS');
      expect(Date.parse(identification.dueAt) - Date.parse(identification.createdAt)).toBe(20 * DAY);
      const shelter = byStep(ReceptionStepType.SHELTER);
      expect(shelter.agencyCode).toBe('CSTGXH_TINH');
      expect(Date.parse(shelter.dueAt) - Date.parse(shelter.createdAt)).toBe(120 * DAY);
      expect(byStep(ReceptionStepType.SUPPORT_LEGAL_AID).agencyCode).toBe('TTTGPL');
      expect(byStep(ReceptionStepType.FOLLOW_UP).agencyCode).toBe('UBND_XA_QUANG_TRUC');
    }
    const steps = (view: any) => view.tasks.map((t: any) => t.stepType);
    // Rescued abroad: received at the gate by the border guard, certified by immigration, only then health.
    for (const view of [adult, child]) {
      expect(steps(view).slice(0, 4)).toEqual([
        ReceptionStepType.BORDER_GUARD_HANDOVER,
        ReceptionStepType.RETURN_CERTIFICATE,
        ReceptionStepType.TO_RECEPTION_POINT,
        ReceptionStepType.INITIAL_VERIFICATION,
      ]);
      expect(steps(view)).not.toContain(ReceptionStepType.RESCUED_HANDOVER);
    }
    expect(steps(child)).toEqual(
      expect.arrayContaining([ReceptionStepType.CHILD_PROTECTION, ReceptionStepType.TRANSFER_HOME_CHILD, ReceptionStepType.SUPPORT_EDUCATION]),
    );
    expect(steps(adult)).not.toContain(ReceptionStepType.CHILD_PROTECTION);
    expect(steps(adult)).toContain(ReceptionStepType.TRANSFER_HOME);

    // 6. Prosecution, very serious (art. 150 cl. 2): investigation 4 months, procuracy 30 days, court 2 months.
    const prosecution = await coordinator.post(`/cases/${reference}/processes`, { kind: 'PROSECUTION' });
    expect(prosecution.status).toBe(201);
    const prosecutionId = prosecution.body.processId;
    const investigation = await drive.task(prosecutionId, ProsecutionStepType.INVESTIGATION);
    expect(investigation).toMatchObject({ agencyCode: 'CA_TINH_CSDT', deadlineNature: 'LAW' });
    expect(investigation.legalBasis).toContain('172');
    const months = (t: any) => Math.round((Date.parse(t.dueAt) - Date.parse(t.createdAt)) / (30.4 * DAY));
    expect(months(investigation)).toBe(4);
    const procuracyOn = drive.task(prosecutionId, ProsecutionStepType.PROCURACY_DECISION, 60_000);
    await drive.complete(prosecutionId, ProsecutionStepType.INVESTIGATION, { conclusion: 'RECOMMEND_PROSECUTION' });
    const procuracy = await procuracyOn;
    expect(procuracy.agencyCode).toBe('VKS_TINH');
    // 30 days by art. 134 from its recorded start, on the published calendar: the date is computed, never assumed.
    const calendar = { holidays: ((await coordinator.get('/calendar/holidays')).body as Array<{ date: string }>).map((h) => h.date) };
    const procuracyEntry = DEADLINE_CATALOGUE_V2.entries.find((e) => e.key === procuracy.deadlineKey)!;
    expect(procuracy.dueAt).toBe(
      new Date(periodEnd(Date.parse(procuracy.startsAt), procuracyEntry.duration, procuracyEntry, calendar)).toISOString(),
    );
    expect(procuracyEntry.duration).toEqual({ amount: 30, unit: 'days' });
    const prosecuted = await drive.workUntilClosed(prosecutionId, {
      [ProsecutionStepType.PROCURACY_DECISION]: { decision: 'PROSECUTE' },
      [ProsecutionStepType.TRIAL_PREPARATION]: { decision: 'TRY' },
      [ProsecutionStepType.RECORD_VERDICT]: { verdict: 'CONVICTED', sentence: '12 years' },
    });
    expect(prosecuted.status).toBe('COMPLETED');
    const trial = prosecuted.tasks.find((t: any) => t.stepType === ProsecutionStepType.TRIAL_PREPARATION);
    expect(trial.agencyCode).toBe('TOA_TINH');
    expect(months(trial)).toBe(2);
    expect(prosecuted.tasks.map((t: any) => t.stepType)).toEqual(
      expect.arrayContaining([
        ProsecutionStepType.LEGAL_AID,
        ProsecutionStepType.VICTIM_INFORMATION,
        ProsecutionStepType.OPEN_HEARING,
        ProsecutionStepType.RECORD_VERDICT,
      ]),
    );

    // 7. Everything done: the case closes, and its timeline spans every process.
    await eventually(
      async () => (await coordinator.get(`/cases/${reference}`)).body.processes.every((p: any) => p.status !== 'RUNNING'),
      'all processes closed',
    );
    const final = await coordinator.post(`/cases/${reference}/close`, { reason: 'Verdict delivered; victims home' });
    expect(final.status).toBe(200);
    const timeline = (await coordinator.get(`/cases/${reference}`)).body;
    expect(timeline.status).toBe('CLOSED');
    expect(timeline.processes.find((p: any) => p.kind === 'PROSECUTION').outcome).toBe('VERDICT');
    const sources = new Set(timeline.timeline.map((e: any) => e.processId));
    expect(sources.size).toBe(6); // the tip verification, the case, the rescue, two receptions, the prosecution
    expect(timeline.timeline[0].processId).toBe(tip.processId); // it starts with the hotline call
    const times = timeline.timeline.map((e: any) => e.at);
    expect([...times].sort()).toEqual(times);
    await recordHistory(rescueId, 'full-scenario-rescue');
    await recordHistory(`case-${reference}`, 'full-scenario-case');
  });
});
