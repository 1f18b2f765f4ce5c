import type { Browser, Page } from 'playwright-core';
import { OUTCOME_TEXTS } from '../../src/domain/outcome-text-catalogue';
import { RescueStepType } from '../../src/domain/rescue/rescue-step-type';
import { STEP_DEFINITIONS } from '../../src/domain/step-definitions';
import { TipStepType } from '../../src/domain/tip/tip-step-type';
import { AgencyStaff } from '../support/agency-staff';
import { eventually } from '../support/eventually';
import { ProcessDriver } from '../support/process-driver';
import { TestSystem } from '../support/test-system';
import { idempotencyKey, tipBody } from '../support/tip-requests';
import { signIn as signInAs } from './support/sign-in';
import { expectAccessible } from './support/expect-accessible';
import { withBrowserSystem } from './support/with-browser-system';
import { readmeScreenshot, screenshot } from './support/screenshot';

const DAY = 86_400_000;

/**
 * The case page and the agency head's escalations in a real browser against the real API, worker, Temporal and
 * PostgreSQL: the coordinator goes from the duty desk's case list to a case with a rescue running and reads its
 * summary and timeline; the agency head acknowledges an escalation of an overdue verification and it leaves the
 * open list. Every screen visited passes axe (WCAG A/AA).
 */
describe('case page and escalations in the browser', () => {
  let system: TestSystem;
  let browser: Browser;

  withBrowserSystem((started) => ({ system, browser } = started));

  const signIn = (username: string): Promise<Page> => signInAs(browser, system.http.baseUrl, username);

  it('the coordinator opens a case from the duty desk and sees its processes and one timeline, newest first', async () => {
    const coordinator = await system.as('coordinator');
    const opened = await coordinator.post('/cases', { charge: { article: 150, clause: 3 } });
    expect(opened.status).toBe(201);
    const reference: string = opened.body.reference;
    const rescue = await coordinator.post(`/cases/${reference}/processes`, { kind: 'RESCUE' }, { 'Idempotency-Key': idempotencyKey() });
    expect(rescue.status).toBe(201);
    await eventually(async () => {
      const kase = (await coordinator.get(`/cases/${reference}`)).body;
      return kase.processes?.some((p: any) => p.kind === 'RESCUE') && kase.timeline.some((e: any) => e.type === 'TASK_CREATED');
    }, 'the rescue to run with its first task');

    const page = await signIn('coordinator');
    await page.getByRole('heading', { name: 'Trực ban', level: 1 }).waitFor();
    await page.getByTestId('cases-table').getByRole('link', { name: reference }).click();
    await page.getByRole('heading', { name: `Hồ sơ ${reference}`, level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/case/${reference}`);

    // Summary: charge, and the rescue with its status tag in words, overdue count and its workflow in Temporal.
    await page.getByText('Điều 150 khoản 3 BLHS').waitFor();
    const row = page.locator('tr[data-process-kind="RESCUE"]');
    await row.waitFor();
    const labels = (await coordinator.get('/labels')).body;
    const word = (list: string, value: string) => labels[list].find((l: any) => l.value === value).vi;
    await expect(row.textContent()).resolves.toContain(word('processStatuses', 'RUNNING'));
    await expect(row.textContent()).resolves.toContain(word('processKinds', 'RESCUE'));
    const rescueId = (await coordinator.get(`/cases/${reference}`)).body.processes.find((p: any) => p.kind === 'RESCUE').processId;
    expect(await row.getByRole('link').getAttribute('href')).toBe(
      `http://localhost:8233/namespaces/default/workflows/${encodeURIComponent(rescueId)}`,
    );

    // Timeline: the API's labels, newest first, across the case and its rescue.
    const timeline = page.getByTestId('case-timeline');
    await timeline.locator('[data-event-type="TASK_CREATED"]').first().waitFor();
    const shown = await timeline
      .locator('[data-event-type]')
      .evaluateAll((items) => items.map((i) => ({ type: i.getAttribute('data-event-type'), at: i.getAttribute('data-at') ?? '' })));
    expect(shown.map((e) => e.type)).toEqual(expect.arrayContaining(['PROCESS_STARTED', 'CHILD_STARTED', 'TASK_CREATED']));
    const instants = shown.map((e) => Date.parse(e.at));
    expect(instants).toEqual([...instants].sort((a, b) => b - a));
    expect(shown[shown.length - 1].type).toBe('PROCESS_STARTED');
    await timeline.getByText(word('timelineEventTypes', 'CHILD_STARTED')).first().waitFor();
    // The case's own entries are named as the case, the rescue's by its kind.
    await timeline.locator('[data-event-type="CHILD_STARTED"]').getByText('Hồ sơ', { exact: false }).first().waitFor();
    await expectAccessible(page, 'case page');
    await screenshot(page, 'case-page');

    // The coordinator changes the charge; the summary and the timeline follow the server.
    await page.getByLabel('Điều', { exact: true }).selectOption('151');
    await page.getByLabel('Khoản', { exact: true }).selectOption('1');
    await page.getByRole('button', { name: 'Cập nhật tội danh' }).click();
    await page.getByText('Điều 151 khoản 1 BLHS').waitFor();
    await timeline.locator('[data-event-type="CHARGE_CHANGED"]').first().waitFor();
    expect((await coordinator.get(`/cases/${reference}`)).body.charge).toEqual({ article: 151, clause: 1 });
    await expectAccessible(page, 'case page after changing the charge');

    // A reload keeps the case page: the app, not the API's JSON.
    await page.reload();
    await page.getByRole('heading', { name: `Hồ sơ ${reference}`, level: 1 }).waitFor();
    await page.context().close();
  });

  it('the case page tells an urgent rescue: its tip, what each step recorded in Vietnamese, who did what; the print view is a document', async () => {
    const coordinator = await system.as('coordinator');
    const staff = new AgencyStaff(system);
    const driver = new ProcessDriver(coordinator, staff);
    const agencies: any[] = (await coordinator.get('/agencies')).body;
    const agencyVi = (code: string): string => agencies.find((a) => a.code === code).nameVi;
    const summary = 'Người gọi báo một phụ nữ trẻ bị giữ tại một sòng bạc bên kia biên giới';
    const place = 'huyện Keo Seima, tỉnh Mondulkiri, Campuchia';
    const tip = (
      await coordinator.post('/tips', tipBody({ urgency: 'URGENT', victimInDanger: true, summary, location: place }), {
        'Idempotency-Key': idempotencyKey(),
      })
    ).body;
    // The coordinator decides to rescue at once: the tip's case opens with the rescue running in it.
    await driver.complete(tip.processId, TipStepType.URGENT_RESCUE_DECISION, {
      rescueStarted: true,
      victimAbroad: true,
      borderArea: false,
      note: 'Giải cứu ngay, nạn nhân đang gặp nguy hiểm',
    });
    const caseId = await eventually(async () => (await coordinator.get(`/tips/${tip.reference}`)).body.caseId, 'the tip’s case');
    const [{ reference }] = await system.db.query(`SELECT reference FROM cases WHERE id = $1`, [caseId]);
    const rescue = await eventually(
      async () => (await coordinator.get(`/cases/${reference}`)).body.processes?.find((p: any) => p.kind === 'RESCUE'),
      'the rescue in the case',
    );
    // Abroad: the criminal police and the border guard plan jointly.
    const plans = await eventually(async () => {
      const open = (await driver.openTasks(rescue.processId)).filter((t) => t.stepType === RescueStepType.PLAN);
      return open.length === 2 && open;
    }, 'the two plans');
    for (const plan of plans) {
      const planNumber = plan.agencyCode === 'CA_TINH_CSHS' ? '15/KH-PC02' : '08/KH-BĐBP';
      const done = await (
        await driver.actorFor(plan)
      ).post(`/tasks/${plan.id}/complete`, {
        outcome: { planNumber, plannedStartAt: new Date().toISOString(), note: 'Phối hợp với công an tỉnh Mondulkiri' },
      });
      expect(done.status).toBe(200);
    }
    await driver.complete(rescue.processId, RescueStepType.SEND_COOPERATION_REQUEST, { channel: 'BORDER_LIAISON', documentNumber: '112/CV-SNgV' });
    const reply = await driver.complete(rescue.processId, RescueStepType.RECORD_COOPERATION_REPLY, {
      reply: 'AGREED',
      note: 'Công an Mondulkiri tham gia ngày 30/11',
    });
    expect(reply.agencyCode).toBe('SO_NGOAI_VU');

    // Over the API, each reader gets only what they may see: the planning police its own outcome, not the reply's;
    // leadership no outcome, no person and no tip.
    const police = await staff.officer('CA_TINH_CSHS');
    const asPolice = (await police.get(`/cases/${reference}`)).body;
    const recordOf = (kase: any, stepType: string, agencyCode?: string) =>
      kase.records.find((r: any) => r.stepType === stepType && (!agencyCode || r.agencyCode === agencyCode));
    expect(recordOf(asPolice, RescueStepType.PLAN, 'CA_TINH_CSHS').outcome).toMatchObject({ planNumber: '15/KH-PC02' });
    expect(recordOf(asPolice, RescueStepType.PLAN, 'BDBP_TINH').outcome).toBeNull();
    expect(recordOf(asPolice, RescueStepType.RECORD_COOPERATION_REPLY)).toMatchObject({ outcome: null, completedByName: null });
    expect(asPolice.tips).toEqual([]);
    const asLeadership = (await (await system.as('leadership')).get(`/cases/${reference}`)).body;
    expect(asLeadership.records.length).toBeGreaterThanOrEqual(4);
    expect(asLeadership.records.every((r: any) => r.outcome === null && r.completedByName === null)).toBe(true);
    expect(asLeadership.timeline.some((e: any) => e.actorName)).toBe(false);
    expect(asLeadership.tips).toEqual([]);

    const page = await signIn('coordinator');
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    await page.goto(`${system.http.baseUrl}/case/${reference}`);
    await page.getByRole('heading', { name: `Hồ sơ ${reference}`, level: 1 }).waitFor();

    // The tip that led to the case: what was reported and where, with a link to its page.
    const tips = page.getByTestId('case-tips');
    await tips.getByText(summary, { exact: true }).waitFor();
    await tips.getByText(place, { exact: true }).waitFor();
    expect(await tips.getByRole('link', { name: `Xem tin báo ${tip.reference}` }).getAttribute('href')).toBe(`/tip/${tip.reference}`);

    // What each step recorded, by the outcome texts' Vietnamese labels and choice labels, never a code.
    const texts = OUTCOME_TEXTS[RescueStepType.RECORD_COOPERATION_REPLY].reply;
    const replyRecord = page.locator(`[data-testid="case-record"][data-step-type="${RescueStepType.RECORD_COOPERATION_REPLY}"]`);
    await replyRecord.getByText(texts.label.vi, { exact: true }).waitFor();
    await replyRecord.getByText(`${agencyVi('SO_NGOAI_VU')} · officer-SO_NGOAI_VU ·`, { exact: false }).waitFor();
    await replyRecord.getByText(texts.choices!.AGREED.vi, { exact: true }).waitFor();
    await replyRecord.getByText(STEP_DEFINITIONS[RescueStepType.RECORD_COOPERATION_REPLY].title.vi, { exact: true }).waitFor();
    const planRecord = page.locator(`[data-testid="case-record"][data-step-type="${RescueStepType.PLAN}"]`).filter({ hasText: '15/KH-PC02' });
    await planRecord.getByText(OUTCOME_TEXTS[RescueStepType.PLAN].planNumber.label.vi, { exact: true }).waitFor();
    await planRecord.getByText('15/KH-PC02', { exact: true }).waitFor();
    await page
      .locator(`[data-testid="case-record"][data-step-type="${RescueStepType.SEND_COOPERATION_REQUEST}"]`)
      .getByText(OUTCOME_TEXTS[RescueStepType.SEND_COOPERATION_REQUEST].channel.choices!.BORDER_LIAISON.vi, { exact: true })
      .waitFor();
    const outcomes = (await page.getByTestId('case-outcomes').textContent())!;
    for (const code of ['AGREED', 'BORDER_LIAISON', 'planNumber', 'reply', 'true', 'RECORD_COOPERATION_REPLY']) expect(outcomes).not.toContain(code);

    // The timeline names the step, the agency and the person who acted.
    const coordinatorName = (await coordinator.get('/me')).body.displayName;
    const decided = page
      .getByTestId('case-timeline')
      .locator(`[data-event-type="TASK_COMPLETED"][data-step-type="${TipStepType.URGENT_RESCUE_DECISION}"]`);
    const decidedText = (await decided.textContent())!;
    expect(decidedText).toContain(STEP_DEFINITIONS[TipStepType.URGENT_RESCUE_DECISION].title.vi);
    expect(decidedText).toContain(agencyVi('BCD_VPTT'));
    expect(decidedText).toContain(coordinatorName);
    const replied = (await page
      .getByTestId('case-timeline')
      .locator(`[data-event-type="TASK_COMPLETED"][data-step-type="${RescueStepType.RECORD_COOPERATION_REPLY}"]`)
      .textContent())!;
    expect(replied).toContain(agencyVi('SO_NGOAI_VU'));
    expect(replied).toContain('officer-SO_NGOAI_VU');
    await expectAccessible(page, 'case page with tips, outcomes and a named timeline');
    await screenshot(page, 'case-page-outcomes');
    await readmeScreenshot(page, 'case-page');

    // "In hồ sơ" opens the document in a new tab: Quốc hiệu, tiêu ngữ, the office, outcomes, timeline, who printed it.
    const [print] = await Promise.all([page.waitForEvent('popup'), page.getByRole('link', { name: /^In hồ sơ/ }).click()]);
    await print.getByRole('heading', { name: 'HỒ SƠ VỤ VIỆC', level: 1 }).waitFor();
    expect(new URL(print.url()).pathname).toBe(`/case/${reference}/print`);
    const sheet = print.getByTestId('case-document');
    await sheet.getByText(texts.choices!.AGREED.vi, { exact: true }).waitFor();
    const paper = (await sheet.textContent())!;
    expect(paper).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(paper).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(paper).toContain(agencyVi('BCD_VPTT'));
    expect(paper).toContain(summary);
    expect(paper).toContain(texts.label.vi);
    expect(paper).not.toContain('AGREED');
    expect(paper).toMatch(new RegExp(`In bởi ${coordinatorName.replace(/[()]/g, '\\$&')} lúc \\d{2}:\\d{2} \\d{2}/\\d{2}/\\d{4}`));
    const row = sheet.getByTestId('document-timeline').locator('tr[data-event-type="TASK_COMPLETED"]').filter({ hasText: coordinatorName });
    await row.getByText(agencyVi('BCD_VPTT'), { exact: true }).waitFor();
    // A document, not a screen: nothing to press, fill in or navigate.
    expect(await print.locator('button, input, select, textarea, form, nav, [role="button"]').count()).toBe(0);
    await expectAccessible(print, 'case print view');
    await screenshot(print, 'case-print');
    await readmeScreenshot(print, 'case-print');
    // On paper: A4, the same document (print media shows no hidden control either).
    await print.emulateMedia({ media: 'print' });
    expect(await print.locator('button:visible, nav:visible').count()).toBe(0);
    await page.context().close();
  }, 300_000);

  it('the agency head acknowledges an escalation and it leaves the open list', async () => {
    const coordinator = await system.as('coordinator');
    const registered = await coordinator.post('/tips', tipBody({ receivedAt: new Date(Date.now() - 30 * DAY).toISOString() }), {
      'Idempotency-Key': idempotencyKey(),
    });
    expect(registered.status).toBe(201);
    const head = await system.as('agency-head');
    const escalation = await eventually(async () => {
      const rows = (await head.get('/escalations')).body;
      return Array.isArray(rows) && rows.find((e: any) => e.processId === registered.body.processId && e.target === 'AGENCY_HEAD');
    }, 'an escalation of the overdue tip to the agency head');

    const page = await signIn('agency-head');
    await page.getByRole('heading', { name: 'Việc cần xử lý', level: 1 }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Cảnh báo' }).click();
    await page.getByRole('heading', { name: 'Cảnh báo', level: 1 }).waitFor();
    // axe judges the page at rest, not the navigation link under the pointer.
    await page.mouse.move(0, 0);
    const row = page.locator(`tr[data-escalation-id="${escalation.id}"]`);
    await row.waitFor();
    // The agency by its name, not its code.
    const agency = (await head.get('/agencies')).body.find((a: any) => a.code === escalation.agencyCode);
    await row.getByText(agency.nameVi, { exact: true }).waitFor();
    // And the overdue task by its title.
    const task = (await head.get(`/tasks/${escalation.taskId}`)).body;
    await row.getByText(task.titleVi, { exact: true }).waitFor();
    await expectAccessible(page, 'escalations');
    await screenshot(page, 'escalations');
    await row.getByRole('button', { name: 'Xác nhận đã nắm' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã xác nhận cảnh báo.' }).waitFor();
    await row.waitFor({ state: 'detached' });
    await expectAccessible(page, 'escalations after acknowledging');

    const acknowledged = (await head.get('/escalations?state=acknowledged')).body.find((e: any) => e.id === escalation.id);
    expect(acknowledged).toMatchObject({ acknowledgedBy: expect.any(String), acknowledgedAt: expect.any(String) });
    expect((await head.get('/escalations')).body.some((e: any) => e.id === escalation.id)).toBe(false);
    await page.context().close();
  });
});
