import { upsertUsers } from '../../src/database/demo-users';
import { DEADLINE_CATALOGUE_V2 } from '../../src/database/seeds/deadline-catalogue-v2';
import { ReceptionStepType as S } from '../../src/domain/reception/reception-step-type';
import { Role } from '../../src/domain/role';
import { isWorkingDay, localDate, rollToWorkingDay } from '../../src/domain/working-calendar';
import { receptionWorkflow } from '../../workflows/reception/reception.workflow';
import type { ReceptionInput } from '../../workflows/reception/types';
import { eventually } from '../support/eventually';
import { HttpClient } from '../support/http-client';
import { recordHistory } from '../support/record-history';
import { openTask } from '../support/open-task';
import { startAsCaseChild } from '../support/start-process';
import { startTestSystem, TestSystem } from '../support/test-system';
import { TEST_PASSWORD } from '../support/test-users';

const DAY = 86_400_000;
/** The catalogue as published, but a rescued person's handover is due after 2 s: its escalation fires on a real timer. */
const HANDOVER_SECONDS = 2;
const USERS = {
  border: ['DBP_DAK_PEUR', Role.OFFICER],
  immigration: ['CA_TINH_XNC', Role.OFFICER],
  police: ['CA_TINH_CSHS', Role.OFFICER],
  facility: ['CSTGXH_TINH', Role.OFFICER],
  facilityHead: ['CSTGXH_TINH', Role.AGENCY_HEAD],
  legalAid: ['TTTGPL', Role.OFFICER],
  women: ['HLHPN_TINH', Role.OFFICER],
  commune: ['UBND_XA_DAK_WIL', Role.OFFICER],
} as const;
type Who = keyof typeof USERS | 'coordinator' | 'health' | 'admin';
const ACTIVE = ['OPEN', 'CLAIMED'];
const now = () => new Date().toISOString();
const settle = () => new Promise((r) => setTimeout(r, 1500));
const days = (t: any) => (Date.parse(t.dueAt) - Date.parse(t.createdAt)) / DAY;

describe('victim reception (tiếp nhận nạn nhân trở về) through the HTTP API', () => {
  let system: TestSystem;
  const as = {} as Record<Who, HttpClient>;
  const closers: Array<() => Promise<void>> = [];

  beforeAll(async () => {
    const entries = DEADLINE_CATALOGUE_V2.entries.map((e) =>
      e.key === S.RESCUED_HANDOVER ? { ...e, duration: { amount: HANDOVER_SECONDS, unit: 'seconds' as const } } : e,
    );
    system = await startTestSystem({ catalogue: { ...DEADLINE_CATALOGUE_V2, entries } });
    await upsertUsers(
      system.db,
      Object.entries(USERS).map(([username, [agencyCode, role]]) => ({
        username,
        displayName: username,
        agencyCode,
        roles: [role],
        password: TEST_PASSWORD,
      })),
    );
    for (const [who, username] of [
      ...Object.keys(USERS).map((u) => [u, u]),
      ['coordinator', 'coordinator'],
      ['health', 'health-head'],
      ['admin', 'admin'],
    ])
      as[who as Who] = await system.as(username as never);
  });
  afterAll(async () => {
    await Promise.all(closers.map((close) => close()));
    await system?.close();
  });

  async function start(person: Partial<ReceptionInput>) {
    const input = { personLabel: 'V1', child: false, route: 'SELF_REPORT' as const, homeCommuneCode: null, ...person };
    const { processId, handle, close } = await startAsCaseChild('reception', receptionWorkflow, input);
    closers.push(close);
    return { processId, handle };
  }

  const open = (who: Who, processId: string, stepType: string) => openTask(as[who], processId, stepType);
  async function complete(who: Who, task: { id: string }, outcome: Record<string, unknown>) {
    const res = await as[who].post(`/tasks/${task.id}/complete`, { outcome });
    expect(res.body).toMatchObject({ status: 'COMPLETED' });
  }
  const steps = async (processId: string) => ((await as.coordinator.get(`/tasks?processId=${processId}`)).body as any[]).map((t) => t.stepType);
  const timeline = async (processId: string) => (await as.coordinator.get(`/processes/${processId}`)).body.timeline as any[];

  it('receives a child handed over at the border: identification, shelter, supports, protection, escorted home', async () => {
    // The initial verification's third day is declared a holiday: the period must roll over it. The day after is one
    // too, in case the verification starts after local midnight: whatever the date, its third day is a day off.
    const holiday = localDate(Date.now() + 3 * DAY);
    for (const date of [holiday, localDate(Date.now() + 4 * DAY)])
      expect((await as.admin.put('/calendar/holidays', { date, nameVi: 'Ngày nghỉ thử', nameEn: 'Test holiday' })).status).toBe(200);
    const { processId, handle } = await start({ route: 'BORDER_HANDOVER', child: true, homeCommuneCode: 'DAK_WIL' });

    // Border guard and immigration receive together, "immediately" (one day); only then to the reception point.
    const guard = await open('border', processId, S.BORDER_GUARD_HANDOVER);
    const entry = await open('immigration', processId, S.IMMIGRATION_HANDOVER);
    expect([guard.agencyCode, entry.agencyCode, days(guard), days(entry)]).toEqual(['DBP_DAK_PEUR', 'CA_TINH_XNC', 1, 1]);
    expect(guard.legalBasis).toContain('Joint Circular 01/2014');
    // Each task says whom it is about: the person's pseudonym, a child (the list's subject).
    expect(guard.subject).toMatchObject({ personLabel: 'V1', child: true });
    await complete('border', guard, { receivedAt: now(), recordNumber: '12/BB-ĐBP' });
    await settle();
    expect(await steps(processId)).not.toContain(S.TO_RECEPTION_POINT);
    await complete('immigration', entry, { entryRecordedAt: now(), returnCertificateNumber: 'GCN-45' });
    const delivery = await open('border', processId, S.TO_RECEPTION_POINT);
    expect(delivery.legalBasis).toContain('art. 30(1)(b)');
    await complete('border', delivery, { deliveredAt: now() });

    // Initial verification: 3 days as the law counts them, rolled over a weekend or holiday.
    const initial = await open('health', processId, S.INITIAL_VERIFICATION);
    expect(initial.agencyCode).toBe('SO_Y_TE');
    expect(initial.legalBasis).toContain('art. 27(2)');
    const holidays = (await system.db.query(`SELECT to_char(date, 'YYYY-MM-DD') AS d FROM public_holidays`)).map((h: any) => h.d);
    const threeDays = Date.parse(initial.createdAt) + 3 * DAY;
    expect(holidays).toContain(holiday);
    expect(Date.parse(initial.dueAt)).toBe(rollToWorkingDay(threeDays, { holidays }));
    expect(days(initial)).toBeGreaterThanOrEqual(4);
    expect(isWorkingDay(Date.parse(initial.dueAt), { holidays })).toBe(true);
    const bad = await as.health.post(`/tasks/${initial.id}/complete`, { outcome: { isVictim: 'yes', hasVictimPaper: false, note: 'x' } });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('outcome.isVictim');
    await complete('health', initial, { isVictim: true, hasVictimPaper: false, note: 'Signs of forced labour; no paper' });

    // No paper: the criminal police identify formally (20 days, unverified default) while the child is sheltered.
    const identification = await open('police', processId, S.FORMAL_IDENTIFICATION);
    expect([identification.agencyCode, days(identification)]).toEqual(['CA_TINH_CSHS', 20]);
    expect(identification.legalBasis).toContain('Decree 162/2025');
    const protection = await open('women', processId, S.CHILD_PROTECTION);
    expect(protection.agencyCode).toBe('HLHPN_TINH');
    const shelter = await open('facility', processId, S.SHELTER);
    expect([shelter.agencyCode, days(shelter)]).toEqual(['CSTGXH_TINH', 120]);

    // The facility director extends the stay; the health department's head is the next tier, not this one.
    const asked = await as.facility.post(`/tasks/${shelter.id}/extensions`, { amount: 30, unit: 'days', reason: 'Child still in treatment' });
    expect(asked.status).toBe(200);
    const extensionId = asked.body.extensions[0].extensionId;
    expect((await as.health.post(`/tasks/${shelter.id}/extensions/${extensionId}/decision`, { approve: true })).status).toBe(403);
    const approved = await as.facilityHead.post(`/tasks/${shelter.id}/extensions/${extensionId}/decision`, { approve: true, note: 'Granted' });
    expect(approved.status).toBe(200);
    expect(Date.parse(approved.body.dueAt) - Date.parse(shelter.dueAt)).toBe(30 * DAY);

    // Support plan: schooling waits for the identification (art. 37(3)); the rest starts at once, each at its agency.
    const plan = await open('health', processId, S.SUPPORT_PLAN);
    expect(days(plan)).toBe(5);
    await complete('health', plan, { medical: true, psychological: true, legalAid: true, education: true, vocational: false, allowance: false });
    const medical = await open('health', processId, S.SUPPORT_MEDICAL);
    const psychological = await open('health', processId, S.SUPPORT_PSYCHOLOGICAL);
    const legalAid = await open('legalAid', processId, S.SUPPORT_LEGAL_AID);
    expect(legalAid.agencyCode).toBe('TTTGPL');
    await settle();
    expect(await steps(processId)).not.toContain(S.SUPPORT_EDUCATION);
    const decided = (await timeline(processId)).find((e) => e.type === 'SUPPORTS_DECIDED');
    expect(decided.detail).toEqual({ start: ['MEDICAL', 'PSYCHOLOGICAL', 'LEGAL_AID'], awaitIdentification: ['EDUCATION'], refused: [] });

    await complete('police', identification, { decision: 'CONFIRMED_VICTIM', documentNumber: '7/XN-CSHS' });
    const education = await open('commune', processId, S.SUPPORT_EDUCATION);
    expect(education.agencyCode).toBe('UBND_XA_DAK_WIL');
    for (const [who, task] of [
      ['health', medical],
      ['health', psychological],
      ['legalAid', legalAid],
      ['commune', education],
    ] as const)
      await complete(who, task, { result: 'PROVIDED' });
    await complete('women', protection, { guardianFound: true, measures: 'Mother contacted; case worker assigned' });

    // Leaving the facility for home: a child goes only with relatives or an escort.
    await complete('facility', shelter, { leftAt: now(), destination: 'HOME_COMMUNE' });
    const transfer = await open('health', processId, S.TRANSFER_HOME_CHILD);
    const noEscort = await as.health.post(`/tasks/${transfer.id}/complete`, { outcome: { handedOverAt: now(), handedOverTo: 'ESCORT' } });
    expect([noEscort.status, noEscort.body.message]).toEqual([400, 'outcome.escortAgencyCode is required']);
    await complete('health', transfer, { handedOverAt: now(), handedOverTo: 'ESCORT', escortAgencyCode: 'HLHPN_TINH' });
    const followUp = await open('commune', processId, S.FOLLOW_UP);
    expect([followUp.agencyCode, days(followUp)]).toEqual(['UBND_XA_DAK_WIL', 30]);
    await complete('commune', followUp, { situation: 'STABLE' });

    expect(await handle.result()).toEqual({
      outcome: 'TRANSFERRED_HOME',
      destination: 'HOME_COMMUNE',
      supports: ['MEDICAL', 'PSYCHOLOGICAL', 'LEGAL_AID', 'EDUCATION'],
    });
    const view = (await as.coordinator.get(`/processes/${processId}`)).body;
    expect(view.status).toBe('COMPLETED');
    expect(view.tasks.every((t: any) => t.status === 'COMPLETED')).toBe(true);
    const [{ open: stillOpen }] = await system.db.query(`SELECT count(*)::int AS open FROM tasks WHERE process_id = $1 AND status <> 'COMPLETED'`, [
      processId,
    ]);
    expect(stillOpen).toBe(0);
    expect(view.timeline.map((e: any) => e.type)).toEqual(expect.arrayContaining(['SUPPORTS_RELEASED', 'EXTENSION_APPROVED', 'PROCESS_COMPLETED']));
    await recordHistory(processId, 'reception-border-child');
  });

  it('receives a self-reporting adult with a victim paper: no formal identification, supports at once; cancelled', async () => {
    const { processId, handle } = await start({ route: 'SELF_REPORT', homeCommuneCode: 'UBND_XA_DAK_WIL' });
    const arrival = await open('commune', processId, S.SELF_REPORT_ARRIVAL);
    expect([arrival.agencyCode, days(arrival)]).toEqual(['UBND_XA_DAK_WIL', 1]);
    expect(arrival.legalBasis).toContain('Law 86/2025');
    await complete('commune', arrival, { arrivedAt: now(), broughtBy: 'CA_XA_DAK_WIL' });
    await complete('commune', await open('commune', processId, S.NOTIFY_HEALTH), { notifiedAt: now() });
    await complete('health', await open('health', processId, S.INITIAL_VERIFICATION), {
      isVictim: true,
      hasVictimPaper: true,
      note: 'Paper from the mission',
    });

    const plan = await open('health', processId, S.SUPPORT_PLAN);
    await complete('health', plan, { medical: true, psychological: false, legalAid: false, education: false, vocational: true, allowance: true });
    const created = await eventually(async () => {
      const tasks = (await as.coordinator.get(`/tasks?processId=${processId}`)).body as any[];
      return tasks.some((t) => t.stepType === S.SUPPORT_ALLOWANCE) && tasks;
    }, 'support tasks');
    const agencyOf = (step: string) => created.find((t) => t.stepType === step)?.agencyCode;
    expect([agencyOf(S.SUPPORT_MEDICAL), agencyOf(S.SUPPORT_VOCATIONAL), agencyOf(S.SUPPORT_ALLOWANCE)]).toEqual([
      'SO_Y_TE',
      'SO_NOI_VU',
      'UBND_XA_DAK_WIL',
    ]);
    const createdSteps = created.map((t) => t.stepType);
    expect(createdSteps).toContain(S.SHELTER);
    expect(createdSteps).not.toContain(S.FORMAL_IDENTIFICATION);
    expect(createdSteps).not.toContain(S.CHILD_PROTECTION);

    const cancelled = await as.coordinator.post(`/processes/${processId}/cancel`, { reason: 'Person moved to another province' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('CANCELLED');
    expect(await handle.result()).toEqual({ outcome: 'CANCELLED' });
    const left = ((await as.coordinator.get(`/tasks?processId=${processId}`)).body as any[]).filter((t) => ACTIVE.includes(t.status));
    expect(left).toEqual([]);
    await recordHistory(processId, 'reception-self-report-cancelled');
  });

  it('escalates an overdue handover of a rescued person, and closes early when the person is not a victim', async () => {
    const { processId, handle } = await start({ route: 'RESCUED', homeCommuneCode: null });
    const handover = await open('police', processId, S.RESCUED_HANDOVER);
    expect([handover.agencyCode, handover.deadlineNature]).toEqual(['CA_TINH_CSHS', 'POLICY']);
    const escalation = await eventually(
      async () => {
        const rows = await system.db.query(`SELECT * FROM escalations WHERE task_id = $1`, [handover.id]);
        return rows[0];
      },
      'escalation of the overdue handover',
      15_000,
    );
    expect([escalation.level, escalation.target, escalation.agency_code]).toEqual([1, 'AGENCY_HEAD', 'CA_TINH_CSHS']);
    expect(new Date(escalation.fired_at).getTime()).toBeGreaterThanOrEqual(Date.parse(handover.dueAt));
    await complete('police', handover, { handedOverAt: now() });

    await complete('health', await open('health', processId, S.INITIAL_VERIFICATION), {
      isVictim: false,
      hasVictimPaper: false,
      note: 'Migrant worker, no exploitation',
    });
    expect(await handle.result()).toEqual({ outcome: 'NOT_A_VICTIM' });
    expect((await steps(processId)).sort()).toEqual([S.INITIAL_VERIFICATION, S.RESCUED_HANDOVER]);
    await recordHistory(processId, 'reception-rescued-not-a-victim');
  });
});
