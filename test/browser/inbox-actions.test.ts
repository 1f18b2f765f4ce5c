import type { Browser, Locator, Page } from 'playwright-core';
import { TipStepType } from '../../src/domain/tip/tip-step-type';

import { eventually } from '../support/eventually';
import { HttpClient } from '../support/http-client';
import { openTask } from '../support/open-task';
import { startTestSystem, TestSystem } from '../support/test-system';
import { idempotencyKey, tipBody } from '../support/tip-requests';
import { ensureWebAppBuilt, launchBrowser } from './support/browser';
import { expectAccessible } from './support/expect-accessible';
import { screenshot } from './support/screenshot';
import { signIn as signInAs } from './support/sign-in';

/** A day as the province types it: dd/MM/yyyy, in UTC+7. */
const ddMMyyyy = (ms: number) => new Date(ms + 7 * 3_600_000).toISOString().slice(0, 10).split('-').reverse().join('/');

/**
 * The agency's inbox in a real browser against the real API and workflows: the officer switches views, asks for more
 * time (sees the law's limits, is refused for too much, then asks within them); the head approves it in Chờ phê duyệt,
 * stops and restarts a task's clock and gives two tasks to another officer, who finds them under Của tôi.
 */
describe('inbox actions in the browser', () => {
  let system: TestSystem;
  let browser: Browser;
  let officerApi: HttpClient;
  /** Three verifications of the investigating agency: one to extend, two to pause and assign. */
  const tasks: any[] = [];

  beforeAll(async () => {
    ensureWebAppBuilt();
    system = await startTestSystem();
    browser = await launchBrowser();
    const coordinator = await system.as('coordinator');
    officerApi = await system.as('officer');
    for (let i = 0; i < 3; i++) {
      const tip = (await coordinator.post('/tips', tipBody({ location: `thôn ${i}` }), { 'Idempotency-Key': idempotencyKey() })).body;
      tasks.push(await openTask(officerApi, tip.processId, TipStepType.VERIFY));
    }
  });
  afterAll(async () => {
    await browser?.close();
    await system?.close();
  });

  const signIn = async (username: string): Promise<Page> => {
    const page = await signInAs(browser, system.http.baseUrl, username);
    await page.getByRole('heading', { name: 'Việc cần xử lý', level: 1 }).waitFor();
    return page;
  };
  const view = (page: Page, name: string) => page.getByRole('radiogroup', { name: 'Danh sách việc' }).getByText(name, { exact: true }).click();
  const row = (page: Page, task: { id: string }): Locator => page.locator(`tr[data-task-id="${task.id}"]`);
  const more = async (page: Page, task: { id: string }, action: string) => {
    await row(page, task)
      .getByRole('button', { name: /Thao tác khác/ })
      .click();
    await page.getByRole('menuitem', { name: action }).click();
    return page.getByRole('dialog');
  };

  it('the officer switches views and asks for an extension within the law’s limits', async () => {
    const page = await signIn('officer');
    for (const task of tasks) await row(page, task).waitFor();
    await expectAccessible(page, 'inbox, whole agency');
    await screenshot(page, 'inbox-agency');

    await view(page, 'Chưa nhận');
    await page.locator('table[data-view="unclaimed"]').waitFor();
    expect(new URL(page.url()).search).toBe('?view=unclaimed');
    await row(page, tasks[0]).getByRole('button', { name: 'Nhận xử lý' }).click();
    await row(page, tasks[0]).waitFor({ state: 'detached' });
    await expectAccessible(page, 'inbox, unclaimed');
    await screenshot(page, 'inbox-unclaimed');

    await view(page, 'Của tôi');
    await row(page, tasks[0]).getByText('Tôi', { exact: true }).waitFor();
    expect(await page.locator('table[data-view="mine"] tbody tr').count()).toBe(1);
    await expectAccessible(page, 'inbox, mine');
    await screenshot(page, 'inbox-mine');
    // A reload opens the same list.
    await page.reload();
    await page.locator('table[data-view="mine"]').waitFor();

    // What the law allows, before asking: art. 147(2) in Vietnamese, none of three used, who decides, the ceiling.
    const dialog = await more(page, tasks[0], 'Xin gia hạn');
    const law = dialog.getByTestId('extension-allowance');
    await law.getByText('đã gia hạn 0/3 (0/2 lần ở cấp này)').waitFor();
    await expect(law.textContent()).resolves.toMatch(/Khoản 2 Điều 147 Bộ luật Tố tụng hình sự 2015/);
    await expect(law.textContent()).resolves.toMatch(/Hạn cuối để xin/);
    await expect(law.textContent()).resolves.toMatch(/Tổng thời hạn tối đa đến(hết ngày )?\d{2}\/\d{2}\/\d{4}/);
    // The limit of THIS extension (what the API computes, art. 134's 24:00 shown as the end of its last day).
    const latest = (await officerApi.get(`/tasks/${tasks[0].id}`)).body.extensionAllowance.next.latestThisExtensionAt;
    const lastDay = new Date(Date.parse(latest) - 1 + 7 * 3_600_000).toISOString().slice(0, 10).split('-').reverse().join('/');
    await expect(law.textContent()).resolves.toContain(`Pháp luật cho phép đếnhết ngày ${lastDay}`);
    await expectAccessible(page, 'extension request');

    // Six months is beyond what one extension may add: the server's refusal is shown next to the amount.
    await dialog.getByRole('textbox', { name: /Số lượng xin thêm/ }).fill('6');
    await dialog.getByRole('combobox', { name: 'Đơn vị' }).selectOption('months');
    await dialog.getByRole('textbox', { name: /Lý do/ }).fill('Nhân chứng đang ở Campuchia');
    await dialog.getByRole('button', { name: 'Gửi yêu cầu' }).click();
    await dialog.locator('#extension-amount-error').waitFor();
    expect((await dialog.locator('#extension-amount-error').textContent())?.length).toBeGreaterThan(5);
    await expectAccessible(page, 'extension request refused');
    await screenshot(page, 'inbox-extension-refused');
    expect((await officerApi.get(`/tasks/${tasks[0].id}`)).body.extensions).toEqual([]);

    await dialog.getByRole('textbox', { name: /Số lượng xin thêm/ }).fill('10');
    await dialog.getByRole('combobox', { name: 'Đơn vị' }).selectOption('days');
    await dialog.getByRole('button', { name: 'Gửi yêu cầu' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã gửi yêu cầu gia hạn' }).waitFor();
    const asked = (await officerApi.get(`/tasks/${tasks[0].id}`)).body;
    expect(asked.extensions).toMatchObject([{ status: 'PENDING', additional: { amount: 10, unit: 'days' }, reason: 'Nhân chứng đang ở Campuchia' }]);
    await page.context().close();
  });

  it('the head approves it in Chờ phê duyệt: the task gets its new due date', async () => {
    const page = await signIn('agency-head');
    await page.getByRole('link', { name: 'Chờ phê duyệt' }).click();
    await page.getByRole('heading', { name: 'Chờ phê duyệt', level: 1 }).waitFor();
    // axe judges the page at rest, not the navigation link under the pointer.
    await page.mouse.move(0, 0);
    const before = (await officerApi.get(`/tasks/${tasks[0].id}`)).body;
    const pending = before.extensions[0];
    const card = page.locator(`section[data-extension-id="${pending.extensionId}"]`);
    await card.waitFor();
    await expect(card.textContent()).resolves.toMatch(/Chờ duyệt/);
    await expect(card.textContent()).resolves.toMatch(/Cán bộ Cơ quan CSĐT Công an tỉnh/);
    await expect(card.textContent()).resolves.toMatch(/10 ngày/);
    await expect(card.textContent()).resolves.toMatch(/Pháp luật cho phép đến(hết ngày )?\d{2}\/\d{2}\/\d{4}/);
    // The limit of this extension, not the overall ceiling.
    const latest = Date.parse(before.extensionAllowance.next.latestThisExtensionAt);
    const lastDay = new Date(latest - 1 + 7 * 3_600_000).toISOString().slice(0, 10).split('-').reverse().join('/');
    await expect(card.textContent()).resolves.toContain(`Pháp luật cho phép đếnhết ngày ${lastDay}`);
    await expectAccessible(page, 'approvals');
    await screenshot(page, 'approvals');

    await card.getByLabel('Ý kiến').fill('Đồng ý gia hạn');
    await card.getByRole('button', { name: 'Phê duyệt' }).click();
    await card.and(page.locator('[data-status="approved"]')).waitFor();
    await card.getByText('Đã duyệt', { exact: true }).waitFor();
    await expectAccessible(page, 'approvals, decided');
    const after = await eventually(async () => {
      const task = (await officerApi.get(`/tasks/${tasks[0].id}`)).body;
      return task.extensions[0].status === 'APPROVED' && task;
    }, 'the extension to be approved');
    expect(after.dueAt).toBe(pending.requestedDueAt);
    expect(Date.parse(after.dueAt)).toBeGreaterThan(Date.parse(before.dueAt));
    expect(after.extensions[0]).toMatchObject({ decisionNote: 'Đồng ý gia hạn' });
    await page.context().close();
  });

  it('the head pauses a task internally (its legal due date stays), is refused a suspension before the end, then assigns two tasks', async () => {
    const page = await signIn('agency-head');
    const [, paused, other] = tasks;
    await row(page, paused).waitFor();

    let dialog = await more(page, paused, 'Tạm dừng nội bộ');
    await dialog.getByText(/không có hiệu lực pháp lý/).waitFor();
    await dialog.getByRole('textbox', { name: /Lý do/ }).fill('Chờ cán bộ thụ lý đi công tác về');
    await expectAccessible(page, 'internal pause dialog');
    await dialog.getByRole('button', { name: 'Tạm dừng nội bộ' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã ghi nhận tạm dừng nội bộ.' }).waitFor();
    await row(page, paused).getByText('Đang tạm dừng nội bộ').waitFor();
    const pausedNow = (await officerApi.get(`/tasks/${paused.id}`)).body;
    expect(pausedNow.internalPauseSince).not.toBeNull();
    expect(pausedNow.dueAt).toBe(paused.dueAt);
    await expectAccessible(page, 'inbox with a paused task');

    dialog = await more(page, paused, 'Kết thúc tạm dừng nội bộ');
    await dialog.getByRole('textbox', { name: /Lý do/ }).fill('Cán bộ đã về');
    await dialog.getByRole('button', { name: 'Kết thúc tạm dừng nội bộ' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã kết thúc tạm dừng nội bộ.' }).waitFor();
    const resumed = (await officerApi.get(`/tasks/${paused.id}`)).body;
    expect(resumed.internalPauseSince).toBeNull();
    expect(resumed.dueAt).toBe(paused.dueAt);

    // Tạm đình chỉ: grounds in Vietnamese with their article; 20 days have not run out, so the server refuses and says why.
    dialog = await more(page, paused, 'Tạm đình chỉ');
    const ground = dialog.getByLabel('Căn cứ tạm đình chỉ');
    expect(await ground.locator('option', { hasText: 'tương trợ tư pháp (như Campuchia)' }).textContent()).toContain(
      'Điểm a khoản 1 Điều 148 BLTTHS 2015',
    );
    await ground.selectOption('TIP_MUTUAL_LEGAL_ASSISTANCE_PENDING');
    await dialog.getByLabel('Số quyết định').fill('07/QĐ-CSĐT');
    await dialog.getByLabel('Ngày quyết định').fill(ddMMyyyy(Date.now()));
    await dialog.getByLabel('Người ký').fill('Thủ trưởng Cơ quan CSĐT');
    await expectAccessible(page, 'suspension dialog');
    await dialog.getByRole('button', { name: 'Tạm đình chỉ' }).click();
    await dialog.getByText(/148\(1\)\(a\)/).waitFor();
    expect((await officerApi.get(`/tasks/${paused.id}`)).body.status).not.toBe('COMPLETED');
    await dialog.locator('form').getByRole('button', { name: 'Đóng' }).click();

    // Two at once, with one reason.
    await row(page, paused).getByRole('checkbox').check();
    await row(page, other).getByRole('checkbox').check();
    await page.getByText('Đã chọn 2 việc').waitFor();
    await page.getByRole('button', { name: 'Phân công các việc đã chọn' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Phân công' }).click();
    await dialog.locator('#assign-userId-error').waitFor();
    await expectAccessible(page, 'assign dialog with errors');
    await dialog.getByRole('combobox', { name: /Cán bộ được phân công/ }).selectOption({ label: 'Second investigator' });
    await dialog.getByRole('textbox', { name: /Lý do/ }).fill('Thông thạo địa bàn biên giới');
    await dialog.getByRole('button', { name: 'Phân công' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã phân công 2 việc.' }).waitFor();
    await row(page, paused).getByText('Second investigator').waitFor();
    await screenshot(page, 'inbox-head');
    const [{ id: secondId }] = await system.db.query(`SELECT id FROM users WHERE username = 'officer-2'`);
    for (const task of [paused, other])
      expect((await officerApi.get(`/tasks/${task.id}`)).body).toMatchObject({ assigneeId: secondId, status: 'CLAIMED' });
    await page.context().close();

    const second = await signIn('officer-2');
    await view(second, 'Của tôi');
    await row(second, paused).waitFor();
    await row(second, other).waitFor();
    expect(await second.locator('table[data-view="mine"] tbody tr').count()).toBe(2);
    await expectAccessible(second, 'assigned officer, mine');
    await second.context().close();
  });

  it('the language switch changes the inbox labels; the inbox is axe-clean at 375 px', async () => {
    const page = await signIn('agency-head');
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('heading', { name: 'Tasks', level: 1 }).waitFor();
    const views = page.getByRole('radiogroup', { name: 'Task lists' });
    for (const name of ['Mine', 'Unclaimed', 'Whole agency', 'Done']) await views.getByText(name, { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Awaiting approval' }).waitFor();
    await page.getByRole('columnheader', { name: 'Agency' }).waitFor();
    await expectAccessible(page, 'inbox in English');
    await views.getByText('Done', { exact: true }).click();
    await page.locator('table[data-view="done"]').waitFor();
    await page.getByText('Tiếng Việt', { exact: true }).click();
    await page.getByRole('heading', { name: 'Việc cần xử lý', level: 1 }).waitFor();
    await view(page, 'Cả đơn vị');
    await row(page, tasks[0]).waitFor();
    await page.setViewportSize({ width: 375, height: 800 });
    await expectAccessible(page, 'inbox at 375 px');
    await screenshot(page, 'inbox-375');
    await page.context().close();
  });
});
