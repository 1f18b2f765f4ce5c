import { insertTaskRows } from '../support/insert-task-rows';
import { startTestSystem, TestSystem } from '../support/test-system';

const DAY = 86_400_000;
const SUMMARY =
  'Hai phụ nữ ở xã Quảng Trực bị dụ sang Campuchia làm việc tại một sòng bạc, gia đình mất liên lạc từ ba tuần nay và nghi bị giữ ở Mondulkiri';

/**
 * Every task, approval and escalation says what it is about (GET /tasks, GET /tasks/{id}, GET /escalations), cut to
 * what its reader may see: the tip's words only for coordinators and the agencies working on the tip.
 */
describe('work subjects and the inbox filters', () => {
  let system: TestSystem;
  let caseReference: string;
  let verification: string;
  let rescue: string;
  let reception: string;
  let plainVerification: string;

  beforeAll(async () => {
    system = await startTestSystem();
    const [registrar] = (await system.db.query(`SELECT id FROM users WHERE username = 'coordinator'`)) as Array<{ id: string }>;
    const [kase] = (await system.db.query(
      `INSERT INTO cases (reference, status) VALUES ('CASE-SUBJECTS-1', 'OPEN') RETURNING id, reference`,
    )) as Array<{
      id: string;
      reference: string;
    }>;
    caseReference = kase.reference;
    const tip = async (reference: string, caseId: string | null, summary = SUMMARY) =>
      (
        (await system.db.query(
          `INSERT INTO tips (reference, channel, received_at, summary, location, urgency, investigating_agency_code, status, workflow_id, case_id, registered_by)
           VALUES ($1, 'HOTLINE_111', now(), $2, 'xã Quảng Trực, huyện Tuy Đức', 'URGENT', 'CA_TINH_CSDT', 'VERIFYING', $3, $4, $5) RETURNING id`,
          [reference, summary, `tip-verification-${reference}`, caseId, registrar.id],
        )) as Array<{ id: string }>
      )[0].id;
    await system.db.query(`UPDATE cases SET origin_tip_id = $1 WHERE id = $2`, [await tip('TIP-SUBJECTS-1', kase.id), kase.id]);
    await tip('TIP-SUBJECTS-2', null, 'Một người đàn ông tự trình báo tại đồn biên phòng');
    const soon = new Date(Date.now() + 20 * DAY);
    [verification] = await insertTaskRows(system.db, {
      count: 1,
      agencyCode: 'CA_TINH_CSDT',
      status: 'OPEN',
      dueFrom: soon,
      processId: 'tip-verification-TIP-SUBJECTS-1',
      stepType: 'TIP_VERIFY',
    });
    [plainVerification] = await insertTaskRows(system.db, {
      count: 1,
      agencyCode: 'CA_TINH_CSDT',
      status: 'OPEN',
      dueFrom: soon,
      processId: 'tip-verification-TIP-SUBJECTS-2',
      stepType: 'TIP_NOTIFY_PROCURACY',
    });
    await system.db.query(
      `UPDATE tasks SET extensions = jsonb_build_array(jsonb_build_object('extensionId', gen_random_uuid(), 'status', 'PENDING', 'requestedBy', $2::text,
         'requestedAt', 0, 'reason', 'x', 'previousDueAt', 0, 'requestedDueAt', 0, 'additional', jsonb_build_object('days', 30))) WHERE id = $1`,
      [verification, registrar.id],
    );
    [rescue] = await insertTaskRows(system.db, {
      count: 1,
      agencyCode: 'DBP_BU_PRANG',
      status: 'OPEN',
      dueFrom: soon,
      caseId: kase.id,
      processId: 'rescue-CASE-SUBJECTS-1-1',
    });
    [reception] = await insertTaskRows(system.db, {
      count: 1,
      agencyCode: 'SO_Y_TE',
      status: 'OPEN',
      dueFrom: soon,
      caseId: kase.id,
      processId: 'reception-CASE-SUBJECTS-1-2',
    });
    await system.db.query(`UPDATE tasks SET process_type = 'RESCUE', step_type = 'RESCUE_PLAN' WHERE id = $1`, [rescue]);
    await system.db.query(`UPDATE tasks SET process_type = 'RECEPTION', person_label = 'R1-V2', person_child = true WHERE id = $1`, [reception]);
  });
  afterAll(() => system?.close());

  const subjectOf = async (username: Parameters<TestSystem['as']>[0], taskId: string) => {
    const response = await (await system.as(username)).get(`/tasks/${taskId}`);
    expect(response.status).toBe(200);
    return { caseReference: response.body.caseReference, ...response.body.subject };
  };

  it('gives the coordinator and the verifying agency the tip: reference, shortened summary, place and the case it opened', async () => {
    for (const username of ['coordinator', 'officer'] as const) {
      const row = ((await (await system.as(username)).get('/tasks?agencyCode=CA_TINH_CSDT&limit=200')).body as any[]).find(
        (t) => t.id === verification,
      );
      expect(row.caseReference).toBe(caseReference);
      expect(row.subject).toMatchObject({ caseReference, tipReference: 'TIP-SUBJECTS-1', place: 'xã Quảng Trực, huyện Tuy Đức', personLabel: null });
      expect(row.subject.summary.startsWith('Hai phụ nữ ở xã Quảng Trực bị dụ sang Campuchia')).toBe(true);
      expect(row.subject.summary.length).toBeLessThanOrEqual(90);
      expect(row.subject.summary.endsWith('…')).toBe(true);
      expect(await subjectOf(username, verification)).toMatchObject({ caseReference, tipReference: 'TIP-SUBJECTS-1' });
    }
    // A tip without a case: its reference, no case.
    expect(await subjectOf('officer', plainVerification)).toMatchObject({ caseReference: null, tipReference: 'TIP-SUBJECTS-2' });
  });

  it('gives an agency outside the tip and leadership the case and the person, never the tip’s words', async () => {
    const border = await subjectOf('border-officer', rescue);
    expect(border).toMatchObject({ caseReference, tipReference: null, summary: null, place: null });
    const health = await subjectOf('health-head', reception);
    expect(health).toMatchObject({ caseReference, tipReference: null, summary: null, personLabel: 'R1-V2', child: true });
    const leadership = await system.as('leadership');
    const rows = (await leadership.get(`/tasks?caseReference=${caseReference}`)).body as any[];
    expect(rows.map((t) => t.id).sort()).toEqual([rescue, reception].sort());
    for (const row of rows) expect(row.subject).toMatchObject({ caseReference, tipReference: null, summary: null, place: null });
    expect(rows.find((t) => t.id === reception).subject).toMatchObject({ personLabel: 'R1-V2', child: true });
    expect(((await leadership.get('/tasks?agencyCode=CA_TINH_CSDT')).body as any[]).find((t) => t.id === verification).subject).toMatchObject({
      tipReference: null,
      summary: null,
    });
  });

  it('finds tasks by text in the step title, the references, the person and (where readable) the tip’s words', async () => {
    const ids = async (username: Parameters<TestSystem['as']>[0], query: string) =>
      ((await (await system.as(username)).get(`/tasks?${query}`)).body as any[]).map((t) => t.id).sort();
    expect(await ids('officer', `q=${encodeURIComponent('sòng bạc')}`)).toEqual([verification]);
    expect(await ids('officer', 'q=tip-subjects-2')).toEqual([plainVerification]);
    expect(await ids('officer', `q=${encodeURIComponent('Kiểm tra, xác minh')}&agencyCode=CA_TINH_CSDT`)).toContain(verification);
    expect(await ids('coordinator', `q=${encodeURIComponent('sòng bạc')}`)).toEqual([verification, rescue, reception].sort());
    // The border post finds its task by the case, never by words of a tip it may not read.
    expect(await ids('border-officer', `q=${encodeURIComponent('sòng bạc')}`)).toEqual([]);
    expect(await ids('border-officer', `q=${caseReference.toLowerCase()}`)).toEqual([rescue]);
    expect(await ids('health-head', 'q=r1-v2')).toEqual([reception]);
    expect(await ids('leadership', `q=${encodeURIComponent('sòng bạc')}`)).toEqual([]);
    // A search term's wildcards are taken literally.
    expect(await ids('officer', 'q=%25')).toEqual([]);
  });

  it('filters by a pending extension request, alone and with the other filters', async () => {
    const officer = await system.as('officer');
    const requested = ((await officer.get('/tasks?extensionRequested=true')).body as any[]).map((t) => t.id);
    expect(requested).toEqual([verification]);
    const notRequested = ((await officer.get('/tasks?extensionRequested=false&processKind=TIP_VERIFICATION')).body as any[]).map((t) => t.id);
    expect(notRequested).toContain(plainVerification);
    expect(notRequested).not.toContain(verification);
    expect((await officer.get('/tasks?extensionRequested=maybe')).status).toBe(400);
  });
});
