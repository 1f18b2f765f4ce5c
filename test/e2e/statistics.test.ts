import ExcelJS from 'exceljs';
import { TipStepType } from '../../src/domain/tip/tip-step-type';
import { eventually } from '../support/eventually';
import { HttpClient } from '../support/http-client';
import { insertTaskRows } from '../support/insert-task-rows';
import { openTask } from '../support/open-task';
import { startTestSystem, TestSystem } from '../support/test-system';
import { idempotencyKey, tipBody } from '../support/tip-requests';

const DAY = 86_400_000;
const FORMULA = '=HYPERLINK("http://example.invalid","bấm vào")';

/** Downloads a file as the client's user, without the JSON client (it reads text). */
async function download(client: HttpClient, path: string): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  const res = await fetch(`${(client as any).baseUrl}${path}`, { headers: { authorization: `Bearer ${(client as any).token}` } });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

/**
 * The figures come from the projections in SQL; here a small province is built through the API (tips received in
 * the past, verified on time, late, or not yet) and every figure is held to what the API's own lists say.
 */
/** Narratives (a tip's location and summary) are exported only with a stated reason. */
const REASON = 'Báo cáo chuyên đề quý gửi Ban Chỉ đạo';

describe('statistics and exports', () => {
  let system: TestSystem;
  let coordinator: HttpClient;
  let officer: HttpClient;
  let leadership: HttpClient;
  let query: string;

  beforeAll(async () => {
    system = await startTestSystem();
    [coordinator, officer, leadership] = await Promise.all([system.as('coordinator'), system.as('officer'), system.as('leadership')]);
    const now = Date.now();
    const register = async (receivedAgoDays: number, summary?: string) =>
      (
        await coordinator.post(
          '/tips',
          tipBody({ receivedAt: new Date(now - receivedAgoDays * DAY).toISOString(), ...(summary ? { summary } : {}) }),
          {
            'Idempotency-Key': idempotencyKey(),
          },
        )
      ).body;
    const late = await register(40); // its 20 days ran out long ago
    const onTime = await register(2);
    await register(1); // open, within time
    await register(45); // open, overdue
    await register(3, FORMULA);
    for (const tip of [late, onTime]) {
      const task = await openTask(officer, tip.processId, TipStepType.VERIFY);
      const done = await officer.post(`/tasks/${task.id}/complete`, {
        outcome: { decision: 'UNFOUNDED', findings: 'Không có dấu hiệu mua bán người', reason: 'Không có căn cứ' },
      });
      expect(done.status).toBe(200);
    }
    query = `from=${encodeURIComponent(new Date(now - 60 * DAY).toISOString())}&to=${encodeURIComponent(new Date(now + 3600_000).toISOString())}`;
    // Let the projections catch up: both verifications closed and all five tips' tasks recorded.
    await eventually(
      async () => (await coordinator.get(`/tasks?state=closed&stepType=${TipStepType.VERIFY}`)).body.length === 2,
      'closed verifications',
    );
    await eventually(async () => (await coordinator.get(`/tasks?stepType=${TipStepType.VERIFY}`)).body.length === 3, 'open verifications');
  });
  afterAll(() => system?.close());

  it('counts tips received and resolved, on time and late, as the lists show them', async () => {
    const res = await leadership.get(`/statistics?${query}`);
    expect(res.status).toBe(200);
    const tips = (await coordinator.get(`/tips?${query.replace('from=', 'receivedFrom=').replace('&to=', '&receivedTo=')}`)).body;
    const closed = (await coordinator.get(`/tasks?state=closed&stepType=${TipStepType.VERIFY}`)).body;
    const onTime = closed.filter((t: any) => Date.parse(t.completedAt) <= Date.parse(t.dueAt)).length;
    expect(res.body.tips).toEqual({
      received: tips.length,
      resolved: closed.length,
      resolvedOnTime: onTime,
      resolvedLate: closed.length - onTime,
      confirmed: 0,
      unfounded: closed.length,
    });
    expect(res.body.tips).toMatchObject({ received: 5, resolved: 2, resolvedOnTime: 1, resolvedLate: 1 });
    expect(res.body.durations.toVerify.count).toBe(2);
    // Received 2 and 40 days ago, verified now: the median lies between, the 90th percentile near 40.
    expect(res.body.durations.toVerify.medianDays).toBeGreaterThan(15);
    expect(res.body.durations.toVerify.p90Days).toBeGreaterThan(35);
    expect(res.body.durations.toRescue).toEqual({ count: 0, medianDays: null, p90Days: null });
  });

  it('buckets open and closed items per agency the way GET /tasks does, and open escalations the way GET /escalations does', async () => {
    await eventually(async () => {
      const figures = (await leadership.get(`/statistics?${query}`)).body;
      for (const a of figures.deadlinesByAgency) {
        const open = (await coordinator.get(`/tasks?agencyCode=${a.agencyCode}&limit=200`)).body.length;
        const overdue = (await coordinator.get(`/tasks?agencyCode=${a.agencyCode}&overdue=true&limit=200`)).body.length;
        if (a.openOverdue !== overdue || a.openInTime + a.openOverdue !== open) return false;
      }
      const investigating = figures.deadlinesByAgency.find((a: any) => a.agencyCode === 'CA_TINH_CSDT');
      if (!(investigating?.closedOnTime === 1 && investigating.closedLate === 1 && investigating.openOverdue >= 1)) return false;
      const escalations = (await leadership.get('/escalations?limit=200')).body.length;
      const counted = figures.openEscalations.reduce((sum: number, e: any) => sum + e.count, 0);
      return escalations > 0 && counted === escalations;
    }, 'statistics agree with the task and escalation lists');
  });

  it('counts victims, supports, rescues and prosecutions from the steps that settle them, as the task lists show them', async () => {
    // Projection rows as the later processes' workflows write them (the lists read nothing else).
    const closed = { status: 'COMPLETED' as const, dueFrom: new Date(Date.now() + DAY) };
    await insertTaskRows(system.db, {
      ...closed,
      count: 2,
      agencyCode: 'SO_NOI_VU',
      stepType: 'RECEPTION_FORMAL_IDENTIFICATION',
      outcome: { decision: 'CONFIRMED_VICTIM' },
    });
    await insertTaskRows(system.db, {
      ...closed,
      count: 1,
      agencyCode: 'SO_NOI_VU',
      stepType: 'RECEPTION_FORMAL_IDENTIFICATION',
      outcome: { decision: 'NOT_A_VICTIM', reason: 'x' },
    });
    await insertTaskRows(system.db, { ...closed, count: 3, agencyCode: 'SO_Y_TE', stepType: 'RECEPTION_SUPPORT_MEDICAL', outcome: {} });
    await insertTaskRows(system.db, {
      ...closed,
      count: 1,
      agencyCode: 'CA_TINH_CSHS',
      stepType: 'RESCUE_SIGN_OFF_OPERATION',
      outcome: { result: 'RESCUED' },
    });
    await insertTaskRows(system.db, {
      ...closed,
      count: 1,
      agencyCode: 'CA_TINH_CSHS',
      stepType: 'RESCUE_RECORD_PERSONS',
      outcome: { adults: 2, children: 1 },
    });
    await insertTaskRows(system.db, {
      ...closed,
      count: 1,
      agencyCode: 'VKS_TINH',
      stepType: 'PROSECUTION_PROCURACY_DECISION',
      outcome: { decision: 'PROSECUTE' },
    });
    await insertTaskRows(system.db, {
      ...closed,
      count: 1,
      agencyCode: 'TOA_TINH',
      stepType: 'PROSECUTION_RECORD_VERDICT',
      outcome: { verdict: 'CONVICTED' },
    });
    const listed = async (stepType: string) => (await coordinator.get(`/tasks?state=closed&stepType=${stepType}&limit=200`)).body;
    const identified = (await listed('RECEPTION_FORMAL_IDENTIFICATION')).filter((t: any) => t.outcome?.decision === 'CONFIRMED_VICTIM').length;
    const figures = (await leadership.get(`/statistics?${query}`)).body;
    expect(figures.victims.identified).toBe(identified);
    expect(figures.victims.identified).toBe(2);
    expect(figures.victims.supported).toContainEqual({ kind: 'MEDICAL', count: (await listed('RECEPTION_SUPPORT_MEDICAL')).length });
    expect(figures.victims.supported).toContainEqual({ kind: 'LEGAL_AID', count: 0 });
    expect(figures.rescues).toEqual({ carriedOut: (await listed('RESCUE_SIGN_OFF_OPERATION')).length, personsRescued: 3 });
    expect(figures.prosecution).toEqual({ casesProsecuted: 1, casesTried: 1, convicted: 1 });
    expect(figures.durations.toRescue.count).toBe(1);
    expect(figures.deadlinesByAgency.find((a: any) => a.agencyCode === 'SO_Y_TE')).toMatchObject({ closedOnTime: 3, closedLate: 0 });
  });

  it('measures the programme targets over the period’s cohorts, each ratio from figures the lists show', async () => {
    const figures = (await leadership.get(`/statistics?${query}`)).body;
    const kpi = (key: string) => figures.kpis.find((k: any) => k.key === key);
    // All five tips are being or have been verified; two of them are resolved.
    expect(kpi('tipsReceived')).toEqual({
      key: 'tipsReceived',
      numerator: 5,
      denominator: 5,
      percent: 100,
      targetPercent: 100,
      comparison: 'AT_LEAST',
      met: true,
    });
    expect(kpi('tipsResolved')).toMatchObject({ numerator: 2, denominator: 5, percent: 40, targetPercent: 90, comparison: 'MORE_THAN', met: false });
    // The procuracy prosecuted the one file it settled; that file (its own process) has no verdict yet.
    expect(kpi('casesProsecuted')).toMatchObject({ numerator: 1, denominator: 1, percent: 100, targetPercent: 95, met: true });
    expect(kpi('casesTried')).toMatchObject({ numerator: 0, denominator: 1, percent: 0, targetPercent: 90, met: false });
    const onTime = figures.deadlinesByAgency.reduce((sum: number, a: any) => sum + a.closedOnTime, 0);
    const closed = figures.deadlinesByAgency.reduce((sum: number, a: any) => sum + a.closedOnTime + a.closedLate, 0);
    expect(kpi('deadlineCompliance')).toMatchObject({ numerator: onTime, denominator: closed, targetPercent: null, met: null });
    expect(closed).toBeGreaterThan(onTime);
    expect(figures.series).toBeUndefined();
  });

  it('gives the period month by month on request, the months adding up to the period', async () => {
    const res = await leadership.get(`/statistics?${query}&by=month`);
    expect(res.status).toBe(200);
    const { series, deadlinesByAgency, durations } = res.body;
    // 60 days back to an hour ahead touches three calendar months, or four.
    expect(series.length).toBeGreaterThanOrEqual(3);
    expect(series[0].from).toBe(res.body.from);
    expect(series[series.length - 1].to).toBe(res.body.to);
    for (let i = 1; i < series.length; i++) expect(series[i].from).toBe(series[i - 1].to);
    expect(series.map((m: any) => m.month)).toEqual([...new Set(series.map((m: any) => m.month))]);
    const sum = (pick: (m: any) => number) => series.reduce((total: number, m: any) => total + pick(m), 0);
    expect(sum((m) => m.closedOnTime)).toBe(deadlinesByAgency.reduce((total: number, a: any) => total + a.closedOnTime, 0));
    expect(sum((m) => m.closedLate)).toBe(deadlinesByAgency.reduce((total: number, a: any) => total + a.closedLate, 0));
    for (const key of ['toVerify', 'toRescue', 'toRepatriate', 'toIndictment'])
      expect({ key, count: sum((m) => m.durations[key].count) }).toEqual({ key, count: durations[key].count });
    const current = series[series.length - 1];
    if (current.closedOnTime + current.closedLate > 0)
      expect(current.compliancePercent).toBeCloseTo((100 * current.closedOnTime) / (current.closedOnTime + current.closedLate), 1);
    const long = await leadership.get('/statistics?from=2020-01-01T00:00:00%2B07:00&to=2023-02-01T00:00:00%2B07:00&by=month');
    expect(long.status).toBe(400);
    expect((await leadership.get('/statistics?by=week')).status).toBe(400);
  });

  it('narrows to one agency', async () => {
    const res = await coordinator.get(`/statistics?${query}&agencyCode=SO_Y_TE`);
    expect(res.status).toBe(200);
    expect(res.body.tips.received).toBe(0);
    expect(res.body.deadlinesByAgency.every((a: any) => a.agencyCode === 'SO_Y_TE')).toBe(true);
  });

  it('refuses an empty period and anyone but coordinators and leadership', async () => {
    const backwards = await coordinator.get('/statistics?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z');
    expect(backwards.status).toBe(400);
    expect((await officer.get('/statistics')).status).toBe(403);
  });

  it('exports an XLSX with Vietnamese headers, the tips for coordinators, formulas kept as text, and audits it', async () => {
    const before = (await system.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'STATISTICS_EXPORTED'`))[0].n;
    const file = await download(coordinator, `/statistics/export.xlsx?${query}&reason=${encodeURIComponent(REASON)}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toMatch(/^attachment; filename="thong-ke_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.xlsx"$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.bytes as any);
    const figures = book.getWorksheet('Thống kê')!;
    const values = (ws: ExcelJS.Worksheet) => Array.from(ws.getSheetValues(), (r: any) => (Array.isArray(r) ? r.slice(1) : []));
    const rows = values(figures);
    expect(rows).toContainEqual(['Nhóm chỉ tiêu', 'Chỉ tiêu', 'Đơn vị', 'Giá trị']);
    expect(rows).toContainEqual(['Tin báo, tố giác tội phạm', 'Tiếp nhận', '', 5]);
    expect(rows).toContainEqual(['Tin báo, tố giác tội phạm', 'Giải quyết đúng hạn', '', 1]);
    const tips = book.getWorksheet('Tin báo')!;
    const tipRows = values(tips);
    expect(tipRows.some((r) => r[0] === 'Mã tin báo' && r[7] === 'Nội dung tóm tắt')).toBe(true);
    const formulaRow = tipRows.find((r) => typeof r[7] === 'string' && r[7].includes('HYPERLINK'))!;
    expect(formulaRow[7]).toBe(`'${FORMULA}`);
    let formulas = 0;
    book.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => (formulas += cell.type === ExcelJS.ValueType.Formula ? 1 : 0))));
    expect(formulas).toBe(0);
    // Never the tipster, and no names: the export holds the tip's fields a coordinator's list shows.
    expect(JSON.stringify(tipRows)).not.toMatch(/tipster|phone/i);
    const after = (await system.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'STATISTICS_EXPORTED'`))[0].n;
    expect(after).toBe(before + 1);
  });

  it('gives leadership the figures only, in English on request', async () => {
    const file = await download(leadership, `/statistics/export.xlsx?${query}&lang=en`);
    expect(file.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.bytes as any);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Statistics']);
    const rows = Array.from(book.worksheets[0].getSheetValues(), (r: any) => (Array.isArray(r) ? r.slice(1) : []));
    expect(rows).toContainEqual(['Group', 'Indicator', 'Agency', 'Value']);
    expect(rows).toContainEqual(['Crime reports and tips', 'Received', '', 5]);
  });

  it('exports the same as CSV: UTF-8 with a BOM, Vietnamese headers, formulas neutralised', async () => {
    const file = await download(coordinator, `/statistics/export.csv?${query}&reason=${encodeURIComponent(REASON)}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(file.headers.get('content-disposition')).toMatch(/filename="thong-ke_[\d-]+_[\d-]+\.csv"/);
    const text = file.bytes.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n');
    expect(lines).toContain('Nhóm chỉ tiêu,Chỉ tiêu,Đơn vị,Giá trị');
    expect(lines).toContain('"Tin báo, tố giác tội phạm",Tiếp nhận,,5');
    expect(text).toContain(`"'=HYPERLINK(""http://example.invalid"",""bấm vào"")"`);
    expect(lines.some((l) => l.startsWith('='))).toBe(false);
  });
});
