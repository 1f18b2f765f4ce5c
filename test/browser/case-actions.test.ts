import type { Browser, Locator, Page } from 'playwright-core';
import { OUTCOME_TEXTS } from '../../src/domain/outcome-text-catalogue';
import { ProsecutionStepType } from '../../src/domain/prosecution/prosecution-step-type';
import { RescueStepType } from '../../src/domain/rescue/rescue-step-type';
import { AgencyStaff } from '../support/agency-staff';
import { eventually } from '../support/eventually';
import { HttpClient } from '../support/http-client';
import { ProcessDriver } from '../support/process-driver';
import { startTestSystem, TestSystem } from '../support/test-system';
import { idempotencyKey } from '../support/tip-requests';
import { ensureWebAppBuilt, launchBrowser } from './support/browser';
import { expectAccessible } from './support/expect-accessible';
import { screenshot } from './support/screenshot';
import { signIn as signInAs } from './support/sign-in';

const DAY = 86_400_000;
const REPLY_NOTE = 'Phía bạn đồng ý phối hợp qua kênh biên phòng';
const CANCEL_REASON = 'Trùng với quy trình đã mở ở hồ sơ khác';

/** dd/MM/yyyy HH:mm of an instant in the province (UTC+7), as a person types it. */
const typedProvinceTime = (at: number) => {
  const iso = new Date(at + 7 * 3600_000).toISOString();
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)} ${iso.slice(11, 16)}`;
};

/**
 * The coordinator's case page in a real browser against the real API, worker, Temporal and PostgreSQL: start a
 * prosecution and a reception from the page, act on open tasks (reassign, pause and restart the clock), cancel a
 * process and close the case; every effect is read back over the API. What is someone else's to do is not offered:
 * the page says who does it, and that person does it from their own screen (the procuracy's head approves the
 * extension under "Chờ phê duyệt", the foreign affairs officer records Mondulkiri's reply in the inbox). Leadership
 * and an involved agency's officer read the same case without any action or outcome text. axe on each state.
 */
describe('case page actions in the browser', () => {
  let system: TestSystem;
  let browser: Browser;
  let coordinator: HttpClient;
  let staff: AgencyStaff;
  let driver: ProcessDriver;
  let reference: string;
  let labels: any;
  let agencies: any[];

  const word = (list: string, value: string): string => labels[list].find((l: any) => l.value === value).vi;
  const agencyVi = (code: string): string => agencies.find((a) => a.code === code).nameVi;
  const signIn = (username: string): Promise<Page> => signInAs(browser, system.http.baseUrl, username);
  const kase = async () => (await coordinator.get(`/cases/${reference}`)).body;
  const processOf = async (kind: string) => (await kase()).processes.find((p: any) => p.kind === kind);

  async function openCasePage(username: string): Promise<Page> {
    const page = await signIn(username);
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    await page.goto(`${system.http.baseUrl}/case/${reference}`);
    await page.getByRole('heading', { name: `Hồ sơ ${reference}`, level: 1 }).waitFor();
    return page;
  }

  /** Picks an option of a Mantine select by its visible name. */
  async function choose(page: Page, scope: Page | Locator, label: string, option: string): Promise<void> {
    // Required fields' labels end with an asterisk: match from the start. A form that grows while the list is open
    // (an error summary appearing) can move the list from under the pointer: open it again then.
    for (let attempt = 1; ; attempt++) {
      await scope.getByLabel(new RegExp(`^${label}`)).click();
      try {
        await page.getByRole('option', { name: option, exact: true }).click({ timeout: 5_000 });
        return;
      } catch (error) {
        if (attempt === 3) throw error;
        await page.keyboard.press('Escape');
      }
    }
  }

  /** Opens the action panel of one open task. */
  async function openPanel(page: Page, taskId: string): Promise<Locator> {
    const row = page.getByTestId('case-open-tasks').locator(`tr[data-task-id="${taskId}"]`);
    await row.waitFor();
    await row.getByRole('button', { name: /^Xử lý/ }).click();
    const panel = page.locator(`[data-testid="task-actions"][data-task-id="${taskId}"]`);
    await panel.waitFor();
    return panel;
  }

  /** Opens the action panel of one open task and picks an action. */
  async function actOn(page: Page, taskId: string, action: string | RegExp): Promise<Locator> {
    const panel = await openPanel(page, taskId);
    await panel.getByRole('button', { name: action }).click();
    return panel;
  }

  /** The names of the action buttons a panel offers. */
  const offered = async (panel: Locator) =>
    (await panel.getByRole('group', { name: 'Chọn thao tác' }).getByRole('button').allTextContents()).filter((name) => name !== 'Đóng');

  beforeAll(async () => {
    ensureWebAppBuilt();
    system = await startTestSystem();
    browser = await launchBrowser();
    coordinator = await system.as('coordinator');
    staff = new AgencyStaff(system);
    driver = new ProcessDriver(coordinator, staff);
    labels = (await coordinator.get('/labels')).body;
    agencies = (await coordinator.get('/agencies')).body;
    const opened = await coordinator.post('/cases', { charge: { article: 150, clause: 3 } });
    expect(opened.status).toBe(201);
    reference = opened.body.reference;
  });
  afterAll(async () => {
    await browser?.close();
    await system?.close();
  });

  it('starts a prosecution and a reception from the case page', async () => {
    const page = await openCasePage('coordinator');
    const form = page.getByTestId('start-process');
    await expectAccessible(page, 'case page without processes');

    // Nothing chosen: the browser says so next to the field.
    await form.getByRole('button', { name: 'Khởi động quy trình' }).click();
    await form.getByRole('link', { name: /Loại quy trình: bắt buộc nhập/ }).waitFor();

    // Prosecution decided yesterday at 09:00 province time, typed dd/MM/yyyy HH:mm.
    const yesterday = Date.now() - DAY;
    const typed = typedProvinceTime(yesterday).replace(/\d{2}:\d{2}$/, '09:00');
    await form.getByRole('radio', { name: word('processKinds', 'PROSECUTION') }).check();
    const decidedAt = form.getByLabel('Ngày ra quyết định khởi tố');
    await decidedAt.fill(typed);
    await decidedAt.press('Escape');
    await expectAccessible(page, 'start a prosecution');
    await form.getByRole('button', { name: 'Khởi động quy trình' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Đã khởi động quy trình ${word('processKinds', 'PROSECUTION')}` })
      .waitFor();

    const prosecution = await eventually(() => processOf('PROSECUTION'), 'the prosecution in the case');
    const investigation = await driver.task(prosecution.processId, ProsecutionStepType.INVESTIGATION);
    const [day, month, year] = typed.slice(0, 10).split('/');
    expect(Date.parse(investigation.startsAt)).toBe(Date.parse(`${year}-${month}-${day}T09:00:00+07:00`));
    expect(investigation.agencyCode).toBe('CA_TINH_CSDT');

    // A self-reported person: the commune and the receiving agency are picked by name.
    await form.getByRole('radio', { name: word('processKinds', 'RECEPTION') }).check();
    await form.getByRole('radio', { name: 'Tự trình báo' }).check();
    await form.getByLabel('Ký hiệu người được tiếp nhận').fill('V1');
    await form.getByRole('button', { name: 'Khởi động quy trình' }).click();
    await form.getByRole('link', { name: /Xã, phường nơi trình báo: cần chọn/ }).waitFor();
    await choose(page, form, 'Xã, phường nơi trình báo', agencyVi('UBND_XA_THUAN_AN'));
    await choose(page, form, 'Cơ quan tiếp nhận trình báo', agencyVi('CA_XA_THUAN_AN'));
    await expectAccessible(page, 'start a reception');
    await form.getByRole('button', { name: 'Khởi động quy trình' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Đã khởi động quy trình ${word('processKinds', 'RECEPTION')}` })
      .waitFor();

    const reception = await eventually(() => processOf('RECEPTION'), 'the reception in the case');
    expect(reception.personLabel).toBe('V1');
    const first = await eventually(async () => (await driver.openTasks(reception.processId))[0], 'the reception’s first task');
    expect(first.agencyCode).toBe('CA_XA_THUAN_AN');

    // Both show in the summary and their tasks in "Việc đang mở", each with its agency's name.
    await page.locator('tr[data-process-kind="RECEPTION"]').waitFor();
    const openTasks = page.getByTestId('case-open-tasks');
    await openTasks.locator(`tr[data-task-id="${investigation.id}"]`).getByText(agencyVi('CA_TINH_CSDT')).waitFor();
    await openTasks.locator(`tr[data-task-id="${first.id}"]`).waitFor();
    await expectAccessible(page, 'case page with processes');
    await screenshot(page, 'case-page-actions');

    // A phone-sized screen: the same page, still operable and axe-clean.
    await page.setViewportSize({ width: 375, height: 800 });
    await page.getByTestId('start-process').getByRole('button', { name: 'Khởi động quy trình' }).scrollIntoViewIfNeeded();
    await expectAccessible(page, 'case page at 375 px');
    await page.setViewportSize({ width: 1366, height: 900 });

    // The language switch changes the page's own labels.
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('heading', { name: `Case ${reference}`, level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Open tasks', level: 2 }).waitFor();
    await page.getByRole('heading', { name: 'Case actions', level: 2 }).waitFor();
    await page.getByTestId('start-process').getByRole('button', { name: 'Start the process' }).waitFor();
    await expectAccessible(page, 'case page in English');
    await page.getByText('Tiếng Việt', { exact: true }).click();
    await page.getByRole('heading', { name: 'Việc đang mở', level: 2 }).waitFor();
    await page.context().close();
  });

  it('reassigns a task, pauses and restarts its clock, and decides an extension', async () => {
    const prosecution = await processOf('PROSECUTION');
    const legalAid = await driver.task(prosecution.processId, ProsecutionStepType.LEGAL_AID);
    const investigation = await driver.task(prosecution.processId, ProsecutionStepType.INVESTIGATION);
    const page = await openCasePage('coordinator');

    // Reassign: no agency chosen is refused in the browser; then by name, with a reason.
    let panel = await actOn(page, legalAid.id, 'Phân công lại');
    await panel.getByRole('button', { name: 'Phân công lại' }).last().click();
    await panel.getByRole('link', { name: /Đơn vị nhận việc: bắt buộc nhập/ }).waitFor();
    await expectAccessible(page, 'reassign with errors');
    await choose(page, panel, 'Đơn vị nhận việc', agencyVi('SO_TU_PHAP'));
    await panel.getByLabel('Lý do phân công lại').fill('Sở Tư pháp cử trợ giúp viên');
    await panel.getByRole('button', { name: 'Phân công lại' }).last().click();
    await page
      .getByRole('status')
      .filter({ hasText: `Đã phân công lại cho ${agencyVi('SO_TU_PHAP')}` })
      .waitFor();
    await eventually(async () => (await coordinator.get(`/tasks/${legalAid.id}`)).body.agencyCode === 'SO_TU_PHAP', 'the reassignment');

    // An internal pause of the investigation: recorded, with no legal effect — its due date does not move.
    panel = await actOn(page, investigation.id, 'Tạm dừng nội bộ (không có hiệu lực pháp lý)');
    await panel.getByLabel('Lý do tạm dừng nội bộ').fill('Chờ cán bộ thụ lý đi công tác về');
    await expectAccessible(page, 'internal pause');
    await panel.getByRole('button', { name: 'Tạm dừng nội bộ (không có hiệu lực pháp lý)' }).last().click();
    await page.getByRole('status').filter({ hasText: 'Đã ghi nhận tạm dừng nội bộ; thời hạn luật định vẫn chạy.' }).waitFor();
    await eventually(async () => (await coordinator.get(`/tasks/${investigation.id}`)).body.internalPauseSince, 'the internal pause');
    const row = page.getByTestId('case-open-tasks').locator(`tr[data-task-id="${investigation.id}"]`);
    await row.getByText(/Tạm dừng nội bộ/).waitFor();
    panel = await actOn(page, investigation.id, 'Kết thúc tạm dừng nội bộ');
    await panel.getByLabel('Lý do kết thúc tạm dừng').fill('Cán bộ đã về');
    await panel.getByRole('button', { name: 'Kết thúc tạm dừng nội bộ' }).last().click();
    await page.getByRole('status').filter({ hasText: 'Đã kết thúc tạm dừng nội bộ.' }).waitFor();
    const resumed = await eventually(async () => {
      const task = (await coordinator.get(`/tasks/${investigation.id}`)).body;
      return task.internalPauseSince === null && task;
    }, 'the end of the pause');
    expect(resumed.dueAt).toBe(investigation.dueAt);
    await eventually(async () => {
      const events = (await kase()).timeline.filter((e: any) => e.taskId === investigation.id).map((e: any) => e.type);
      return events.includes('INTERNAL_PAUSE_STARTED') && events.includes('INTERNAL_PAUSE_ENDED');
    }, 'the pause and its end in the case timeline');
    await page.context().close();

    // The investigator asks for two more months; the case page shows what was asked against what the law allows.
    const investigator = await staff.officer('CA_TINH_CSDT');
    const asked = await investigator.post(`/tasks/${investigation.id}/extensions`, { amount: 2, unit: 'months', reason: 'Nhân chứng ở Campuchia' });
    expect(asked.status).toBe(200);
    const extension = asked.body.extensions.find((e: any) => e.status === 'PENDING');

    // The coordinator follows the request but does not decide it: no decision is offered, the panel says who decides.
    const plain = await openCasePage('coordinator');
    await plain.getByTestId('case-open-tasks').locator(`tr[data-task-id="${investigation.id}"]`).getByText('Chờ duyệt gia hạn').waitFor();
    panel = await openPanel(plain, investigation.id);
    const request = panel.getByTestId('extension-pending');
    await expect(request.getByTestId('extension-asked').textContent()).resolves.toMatch(
      /Thêm 2 .+: từ \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} đến \d{2}\/\d{2}\/\d{4}/,
    );
    await expect(request.getByTestId('extension-maximum').textContent()).resolves.toMatch(
      /Mỗi lần tối đa 4 .+, tổng thời hạn tối đa 16 .+; đã gia hạn 0\/3/,
    );
    expect(await request.getByTestId('extension-decider').textContent()).toBe(
      `Đề nghị gia hạn này do ${word('roles', 'AGENCY_HEAD')} của ${agencyVi('VKS_TINH')} quyết định, trên màn hình Chờ phê duyệt của họ.`,
    );
    expect(await offered(panel)).toEqual(['Phân công lại', 'Tạm dừng nội bộ (không có hiệu lực pháp lý)', 'Hủy việc']);
    expect(await panel.getByRole('radio', { name: 'Phê duyệt' }).count()).toBe(0);
    await expectAccessible(plain, 'extension decided by the procuracy');
    await screenshot(plain, 'case-page-extension-decider');
    await plain.context().close();

    // The chief procurator decides from their own screen.
    const procuracy = await signIn('procuracy-head');
    await procuracy.getByRole('link', { name: 'Chờ phê duyệt' }).click();
    await procuracy.getByRole('heading', { name: 'Chờ phê duyệt', level: 1 }).waitFor();
    const card = procuracy.locator(`[data-extension-id="${extension.extensionId}"]`);
    await card.getByLabel('Ý kiến').fill('Đồng ý gia hạn 2 tháng');
    // axe judges the page at rest, not the navigation link under the pointer.
    await procuracy.mouse.move(0, 0);
    await expectAccessible(procuracy, 'the procuracy head’s approvals');
    await card.getByRole('button', { name: 'Phê duyệt' }).click();
    await card.and(procuracy.locator('[data-status="approved"]')).waitFor();
    await card
      .getByRole('status')
      .filter({ hasText: /Đã duyệt; hạn mới (hết ngày )?\d{2}\/\d{2}\/\d{4}/ })
      .waitFor();
    const extended = await eventually(async () => {
      const task = (await coordinator.get(`/tasks/${investigation.id}`)).body;
      return task.extensions.find((e: any) => e.extensionId === extension.extensionId && e.status === 'APPROVED') && task;
    }, 'the approved extension');
    expect(extended.dueAt).toBe(extension.requestedDueAt);
    expect(extended.extensions.find((e: any) => e.extensionId === extension.extensionId)).toMatchObject({
      approverAgencyCode: 'VKS_TINH',
      decisionNote: 'Đồng ý gia hạn 2 tháng',
    });
    await procuracy.context().close();
  });

  it("Mondulkiri's reply is recorded by Sở Ngoại vụ, not offered on the coordinator's case page", async () => {
    const started = await coordinator.post(
      `/cases/${reference}/processes`,
      { kind: 'RESCUE', victimAbroad: true },
      { 'Idempotency-Key': idempotencyKey() },
    );
    expect(started.status).toBe(201);
    const rescueId = started.body.processId;
    for (const agency of ['CA_TINH_CSHS', 'BDBP_TINH']) {
      const plan = await eventually(
        async () => (await driver.openTasks(rescueId)).find((t) => t.stepType === RescueStepType.PLAN && t.agencyCode === agency),
        `the rescue plan of ${agency}`,
      );
      const done = await (
        await staff.officer(agency)
      ).post(`/tasks/${plan.id}/complete`, {
        outcome: { planNumber: `KH-${agency}`, plannedStartAt: new Date().toISOString() },
      });
      expect(done.status).toBe(200);
    }
    await driver.complete(rescueId, RescueStepType.SEND_COOPERATION_REQUEST);
    const reply = await driver.task(rescueId, RescueStepType.RECORD_COOPERATION_REPLY);
    expect(reply.externalPartyCode).toBe('EXT_MONDULKIRI');

    expect(reply.agencyCode).toBe('SO_NGOAI_VU');

    // The coordinator follows it on the case page: the reply is Sở Ngoại vụ's to record, so it is not offered here.
    const page = await openCasePage('coordinator');
    const row = page.getByTestId('case-open-tasks').locator(`tr[data-task-id="${reply.id}"]`);
    await row.getByText(`Chờ trả lời của ${agencyVi('EXT_MONDULKIRI')}`).waitFor();
    const panel = await openPanel(page, reply.id);
    expect(await panel.getByTestId('outcome-recorder').textContent()).toBe(
      `Trả lời của ${agencyVi('EXT_MONDULKIRI')} do ${word('roles', 'OFFICER')} hoặc ${word('roles', 'AGENCY_HEAD')} của ${agencyVi(
        'SO_NGOAI_VU',
      )} ghi nhận, trong mục Việc cần xử lý của đơn vị.`,
    );
    expect(await panel.getByRole('button', { name: /Ghi nhận/ }).count()).toBe(0);
    await expectAccessible(page, 'reply recorded by foreign affairs');

    // Sở Ngoại vụ's officer records it in their inbox.
    const foreignAffairs = (await (await staff.officer('SO_NGOAI_VU')).get('/me')).body;
    const officer = await signIn('officer-SO_NGOAI_VU');
    await officer.getByRole('heading', { name: 'Việc cần xử lý', level: 1 }).waitFor();
    const inboxRow = officer.locator(`tr[data-step-type="${RescueStepType.RECORD_COOPERATION_REPLY}"]`).first();
    await eventually(async () => {
      await officer.reload();
      await officer.getByRole('heading', { name: 'Việc cần xử lý', level: 1 }).waitFor();
      await officer
        .getByTestId('inbox-table')
        .locator('tbody tr')
        .first()
        .waitFor({ timeout: 5_000 })
        .catch(() => undefined);
      return (await inboxRow.count()) > 0;
    }, 'the reply in the foreign affairs inbox');
    const claim = inboxRow.getByRole('button', { name: 'Nhận xử lý' });
    if (await claim.count()) await claim.click();
    await inboxRow.getByRole('button', { name: 'Hoàn thành' }).click();
    const form = officer.locator('section', { has: officer.getByRole('heading', { name: /Kết quả:/ }) });
    await form.locator('#outcome-reply').click();
    await officer.getByRole('option', { name: OUTCOME_TEXTS[RescueStepType.RECORD_COOPERATION_REPLY].reply.choices!.AGREED.vi, exact: true }).click();
    await form.locator('#outcome-note').fill(REPLY_NOTE);
    await expectAccessible(officer, "Mondulkiri's reply in the foreign affairs inbox");
    await form.getByRole('button', { name: 'Hoàn thành' }).click();
    await officer.getByRole('status').filter({ hasText: 'Đã hoàn thành việc.' }).waitFor();
    const recorded = await eventually(async () => {
      const task = (await coordinator.get(`/tasks/${reply.id}`)).body;
      return task.status === 'COMPLETED' && task;
    }, 'the recorded reply');
    expect(recorded.outcome).toMatchObject({ reply: 'AGREED', note: REPLY_NOTE });
    expect(recorded.completedBy).toBe(foreignAffairs.userId);
    await officer.context().close();
    // The case page follows: the task leaves the coordinator's list.
    await row.waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('leadership and an involved agency officer read the case without actions or outcome text', async () => {
    for (const username of ['leadership', 'officer']) {
      const page = await signIn(username);
      await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
      if (username === 'officer') {
        // The inbox row links to its case.
        await page.getByRole('link', { name: reference }).first().click();
      } else {
        await page.goto(`${system.http.baseUrl}/case/${reference}`);
      }
      await page.getByRole('heading', { name: `Hồ sơ ${reference}`, level: 1 }).waitFor();
      await page.locator('tr[data-process-kind="PROSECUTION"]').waitFor();
      await page.getByTestId('case-open-tasks').locator('tbody tr').first().waitFor();
      await page.getByTestId('case-timeline').locator('[data-event-type]').first().waitFor();
      expect(await page.getByRole('button', { name: /Xử lý|Khởi động|Hủy|Đóng hồ sơ|Cập nhật tội danh|Phân công/ }).count()).toBe(0);
      expect(await page.getByRole('link', { name: /Temporal/ }).count()).toBe(0);
      expect(await page.getByText(REPLY_NOTE).count()).toBe(0);
      expect(await page.getByText('Nhân chứng ở Campuchia').count()).toBe(0);
      await expectAccessible(page, `case page read by ${username}`);
      await screenshot(page, `case-page-${username}`);
      await page.context().close();
    }
  });

  it('cancels a process with a reason and closes the case once nothing runs', async () => {
    const page = await openCasePage('coordinator');
    await page.getByTestId('close-case-blocked').waitFor();
    expect(await page.getByRole('button', { name: 'Đóng hồ sơ' }).isDisabled()).toBe(true);

    const runningWord = word('processStatuses', 'RUNNING');
    for (;;) {
      const running = (await kase()).processes.filter((p: any) => p.status === 'RUNNING');
      if (running.length === 0) break;
      // The page follows the engine: offer only what still runs.
      await eventually(
        async () => (await page.getByTestId('case-processes').getByText(runningWord, { exact: true }).count()) === running.length,
        'the page to show the running processes',
      );
      const section = page.locator('section', { has: page.getByRole('heading', { name: 'Hủy quy trình', level: 3 }) }).last();
      await section.getByLabel(/^Quy trình/).click();
      await page.getByRole('listbox').getByRole('option').first().click();
      await section.getByLabel('Lý do hủy quy trình').fill(CANCEL_REASON);
      if (running.length === 3) await expectAccessible(page, 'cancel a process');
      await section.getByRole('button', { name: 'Hủy quy trình' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: /Đã hủy quy trình/ })
        .waitFor();
      await eventually(
        async () => (await kase()).processes.filter((p: any) => p.status === 'RUNNING').length < running.length,
        'one process fewer running',
      );
    }
    const cancelled = (await kase()).processes.filter((p: any) => p.status === 'CANCELLED');
    expect(cancelled.length).toBeGreaterThanOrEqual(3);

    const close = page.locator('section', { has: page.getByRole('heading', { name: 'Đóng hồ sơ', level: 3 }) }).last();
    await close.getByLabel('Lý do đóng hồ sơ').waitFor();
    await close.getByLabel('Lý do đóng hồ sơ').fill('Đã chuyển toàn bộ sang hồ sơ khác');
    await expectAccessible(page, 'close the case');
    await close.getByRole('button', { name: 'Đóng hồ sơ' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã đóng hồ sơ.' }).waitFor();
    await eventually(async () => (await kase()).status === 'CLOSED', 'the closed case');
    await page.getByText(word('caseStatuses', 'CLOSED'), { exact: true }).first().waitFor();
    await expectAccessible(page, 'closed case');
    await page.context().close();
  });
});
