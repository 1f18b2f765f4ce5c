import { RescueStepType } from '../../src/domain/rescue/rescue-step-type';
import { TipStepType } from '../../src/domain/tip/tip-step-type';
import { AgencyStaff } from '../support/agency-staff';
import { eventually } from '../support/eventually';
import { HttpClient } from '../support/http-client';
import { ProcessDriver } from '../support/process-driver';
import { shortCatalogue } from '../support/short-catalogue';
import { startTestSystem, TestSystem } from '../support/test-system';
import { idempotencyKey, tipBody } from '../support/tip-requests';

/**
 * The plan's whole chain through the HTTP API: an urgent hotline tip about a person held in Cambodia is confirmed;
 * the case it opens runs a rescue whose request to Mondulkiri first goes unanswered (and escalates) before the reply
 * is recorded; the joint operation brings back two victims, one a child; each is received, identified, sheltered,
 * supported and sent home; the traffickers are prosecuted through to a verdict; the case closes.
 */
describe('full scenario: hotline tip → rescue in Cambodia → reception of two victims → prosecution → verdict', () => {
  const REPLY_SECONDS = 3;
  let system: TestSystem;
  let coordinator: HttpClient;
  let officer: HttpClient;
  let drive: ProcessDriver;

  beforeAll(async () => {
    system = await startTestSystem({ catalogue: shortCatalogue({ [RescueStepType.RECORD_COOPERATION_REPLY]: REPLY_SECONDS }) });
    [coordinator, officer] = await Promise.all([system.as('coordinator'), system.as('officer')]);
    drive = new ProcessDriver(coordinator, new AgencyStaff(system));
  });
  afterAll(() => system?.close());

  const escalations = (taskId: string) => system.db.query(`SELECT level, target, agency_code FROM escalations WHERE task_id = $1 ORDER BY level`, [taskId]);

  it('runs end to end with the deadlines and escalations each step should produce', async () => {
    // 1. The hotline tip: urgent, a victim in danger abroad → the standing office must decide on a rescue at once.
    const tip = (
      await coordinator.post('/tips', tipBody({ channel: 'HOTLINE_111', urgency: 'URGENT', victimInDanger: true, location: 'Mondulkiri, Cambodia' }), {
        'Idempotency-Key': idempotencyKey(),
      })
    ).body;
    const urgent = await drive.task(tip.processId, TipStepType.URGENT_RESCUE_DECISION);
    expect(urgent.agencyCode).toBe('BCD_VPTT');
    await drive.complete(tip.processId, TipStepType.URGENT_RESCUE_DECISION, { rescueStarted: true });
    await drive.complete(tip.processId, TipStepType.NOTIFY_PROCURACY);
    const verify = await drive.task(tip.processId, TipStepType.VERIFY);
    expect(verify.legalBasis).toContain('147');
    await officer.post(`/tasks/${verify.id}/complete`, { outcome: { decision: 'CONFIRMED', findings: 'Held at a casino compound in Mondulkiri' } });

    // 2. The case the confirmed tip opened.
    const caseId = await eventually(async () => (await coordinator.get(`/tips/${tip.reference}`)).body.caseId, 'case opened');
    const [{ reference }] = await system.db.query(`SELECT reference FROM cases WHERE id = $1`, [caseId]);
    await eventually(async () => (await coordinator.get(`/cases/${reference}`)).status === 200, 'case workflow');
    expect((await coordinator.put(`/cases/${reference}/charge`, { article: 150, clause: 2 })).body.severity).toBe('VERY_SERIOUS');

    // 3. Rescue in Cambodia, in the border area.
    const rescue = await coordinator.post(`/cases/${reference}/processes`, { kind: 'RESCUE', victimAbroad: true, borderArea: true });
    expect(rescue.status).toBe(201);
    const rescueId = rescue.body.processId;
    const plans = await eventually(async () => {
      const open = (await drive.openTasks(rescueId)).filter((t) => t.stepType === RescueStepType.PLAN);
      return open.length === 2 && open;
    }, 'two plan tasks');
    expect(plans.map((t: any) => t.agencyCode).sort()).toEqual(['BDBP_TINH', 'CA_TINH_CSHS']);
    for (const plan of plans) await (await drive.actorFor(plan)).post(`/tasks/${plan.id}/complete`, { outcome: { planNumber: `KH-${plan.agencyCode}`, plannedStartAt: new Date().toISOString() } });
    await drive.complete(rescueId, RescueStepType.SEND_COOPERATION_REQUEST, { channel: 'BORDER_LIAISON' });

    // Mondulkiri does not answer: the follow-up deadline passes and the ladder starts.
    const reply = await drive.task(rescueId, RescueStepType.RECORD_COOPERATION_REPLY);
    expect(reply).toMatchObject({ agencyCode: 'SO_NGOAI_VU', externalPartyCode: 'EXT_MONDULKIRI', deadlineNature: 'POLICY' });
    expect(Date.parse(reply.dueAt) - Date.parse(reply.createdAt)).toBe(REPLY_SECONDS * 1000);
    const unanswered = await eventually(async () => {
      const rows = await escalations(reply.id);
      return rows.length > 0 && rows;
    }, 'escalation of the unanswered request', 20_000);
    expect(unanswered[0]).toEqual({ level: 1, target: 'AGENCY_HEAD', agency_code: 'SO_NGOAI_VU' });
    await drive.complete(rescueId, RescueStepType.RECORD_COOPERATION_REPLY, { reply: 'AGREED', note: 'Mondulkiri police will join on 30 Nov' });

    // Joint operation: both must sign off.
    const signOffs = await eventually(async () => {
      const open = (await drive.openTasks(rescueId)).filter((t) => t.stepType === RescueStepType.SIGN_OFF_OPERATION);
      return open.length === 2 && open;
    }, 'two sign-offs');
    for (const signOff of signOffs)
      await (await drive.actorFor(signOff)).post(`/tasks/${signOff.id}/complete`, { outcome: { signedOffAt: new Date().toISOString(), result: 'SUCCESS', note: 'ok' } });
    await drive.complete(rescueId, RescueStepType.ESSENTIAL_NEEDS);
    await drive.complete(rescueId, RescueStepType.RECORD_PERSONS, { adults: 1, children: 1, homeCommuneCode: 'UBND_XA_QUANG_TRUC' });

    // 4. The case starts one reception per rescued person.
    const receptions = await eventually(async () => {
      const kase = (await coordinator.get(`/cases/${reference}`)).body;
      const list = kase.processes.filter((p: any) => p.kind === 'RECEPTION');
      return list.length === 2 && list;
    }, 'two receptions');
    expect(receptions.map((r: any) => r.status)).toEqual(['RUNNING', 'RUNNING']);
    const kase = (await coordinator.get(`/cases/${reference}`)).body;
    expect(kase.processes.find((p: any) => p.kind === 'RESCUE')).toMatchObject({ status: 'COMPLETED', outcome: 'RESCUED' });
  });
});
