import { get as httpGet, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Browser, Locator, Page } from 'playwright-core';
import { TipStepType } from '../../src/domain/tip/tip-step-type';
import { eventually } from '../support/eventually';
import { HttpClient } from '../support/http-client';
import { openTask } from '../support/open-task';
import { TestSystem } from '../support/test-system';
import { idempotencyKey, tipBody } from '../support/tip-requests';
import { expectAccessible } from './support/expect-accessible';
import { screenshot } from './support/screenshot';
import { signIn as signInAs } from './support/sign-in';
import { withBrowserSystem } from './support/with-browser-system';

/** A GET with exactly these headers (fetch would set Sec-Fetch-Mode itself and decode the body). */
function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = httpGet(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.on('error', reject);
  });
}

const SUMMARY = 'Hai phụ nữ ở xã Quảng Trực bị dụ sang Campuchia làm việc tại sòng bạc';
const PLACE = 'thôn Bu Prăng, xã Quảng Trực';
const PHONE = { width: 375, height: 740 };

/** Inside the viewport, wholly: what a person sees without scrolling. */
async function expectOnScreen(page: Page, locator: Locator, what: string): Promise<void> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize()!;
  if (!box) throw new Error(`${what}: not rendered`);
  expect({ what, left: box.x >= 0, right: box.x + box.width <= viewport.width, top: box.y >= 0, bottom: box.y < viewport.height }).toEqual({
    what,
    left: true,
    right: true,
    top: true,
    bottom: true,
  });
}

/**
 * Every row an official acts on names what it is about: the tip's reference and subject on the inbox row and the
 * approval card; the tip page for those who may read it; the outcome form opens at the row; on a phone the actions
 * stay on screen; every screen's address survives a reload; the app is sent compressed.
 */
describe('work items name their case or tip, in the browser', () => {
  let system: TestSystem;
  let browser: Browser;
  let officerApi: HttpClient;
  let tip: any;
  let verify: any;

  withBrowserSystem((started) => ({ system, browser } = started));

  beforeAll(async () => {
    const coordinator = await system.as('coordinator');
    officerApi = await system.as('officer');
    tip = (await coordinator.post('/tips', tipBody({ summary: SUMMARY, location: PLACE }), { 'Idempotency-Key': idempotencyKey() })).body;
    verify = await openTask(officerApi, tip.processId, TipStepType.VERIFY);
    expect((await officerApi.post(`/tasks/${verify.id}/claim`)).status).toBe(200);
    const asked = await officerApi.post(`/tasks/${verify.id}/extensions`, { amount: 10, unit: 'days', reason: 'Nhân chứng đang ở Campuchia' });
    expect(asked.status).toBeLessThan(300);
  });

  const signIn = async (username: string, viewport?: { width: number; height: number }): Promise<Page> =>
    signInAs(browser, system.http.baseUrl, username, viewport ? { context: { viewport, isMobile: true, hasTouch: true } } : {});
  const inboxRow = (page: Page) => page.locator(`tr[data-task-id="${verify.id}"]`);

  it('the inbox row names the tip and its subject, marks the pending extension, and opens the form in view on one click', async () => {
    const page = await signIn('officer');
    await page.getByRole('heading', { name: 'Việc cần xử lý', level: 1 }).waitFor();
    const row = inboxRow(page);
    await row.waitFor();
    const subject = row.getByTestId('work-subject');
    await subject.getByRole('link', { name: tip.reference }).waitFor();
    await expect(subject.textContent()).resolves.toContain(`${SUMMARY} · ${PLACE}`);
    await row.getByTestId('extension-pending').getByText('Đang xin gia hạn').waitFor();

    // Search (kept out of the URL) and filters (kept in it).
    await page.getByRole('searchbox', { name: /Tìm theo vụ việc/ }).fill('sòng bạc');
    await page.getByRole('button', { name: 'Tìm' }).click();
    await row.waitFor();
    // The tip's two open tasks (verification, notice to the procuracy) and nothing else.
    const found = await page.locator('table[data-testid="inbox-table"] tbody tr').allTextContents();
    expect(found.length).toBe(2);
    for (const text of found) expect(text).toContain(tip.reference);
    await page.locator('#filter-extensionRequested').click();
    await page.getByRole('option', { name: 'Không có đề nghị gia hạn' }).click();
    await row.waitFor({ state: 'detached' });
    expect(new URL(page.url()).search).toContain('extensionRequested=false');
    expect(page.url()).not.toContain('s%C3%B2ng');
    await page.reload();
    await page.getByRole('heading', { name: 'Việc cần xử lý', level: 1 }).waitFor();
    await page.locator('#filter-extensionRequested').click();
    await page.getByRole('option', { name: 'Đang chờ duyệt gia hạn' }).click();
    await row.waitFor();
    // The due filter offers the server's four due states in words; the one chosen goes to GET /tasks as `dueState` and
    // stays in the URL. The officer's task, given today, is on time.
    await page.locator('#filter-due').click();
    await expect(page.getByRole('option').allTextContents()).resolves.toEqual(['Quá hạn', 'Sắp đến hạn', 'Trong hạn', 'Tạm dừng']);
    const askedOverdue = page.waitForRequest((request) => {
      const url = new URL(request.url());
      return url.pathname === '/tasks' && url.searchParams.get('dueState') === 'OVERDUE';
    });
    await page.getByRole('option', { name: 'Quá hạn' }).click();
    await askedOverdue;
    await row.waitFor({ state: 'detached' });
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ extensionRequested: 'true', dueState: 'OVERDUE' });
    await page.locator('#filter-due').click();
    await page.getByRole('option', { name: 'Trong hạn' }).click();
    await row.waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Việc cần xử lý', level: 1 }).waitFor();
    await eventually(async () => (await page.locator('#filter-due').inputValue()) === 'Trong hạn', 'the due filter in words after a reload');
    await row.waitFor();
    expect(new URL(page.url()).searchParams.get('dueState')).toBe('ON_TIME');

    // Scroll the row to the bottom of the screen: the form still opens in view, with focus inside it.
    await row.evaluate((element) => element.scrollIntoView({ block: 'end' }));
    await row.getByRole('button', { name: 'Hoàn thành' }).click();
    const dialog = page.getByRole('dialog', { name: /Kết quả: Kiểm tra, xác minh/ });
    await dialog.waitFor();
    await expectOnScreen(page, dialog.locator('#outcome-decision'), 'the first field of the outcome form');
    expect(await dialog.evaluate((element) => element.contains(element.ownerDocument.activeElement))).toBe(true);
    await expect(dialog.textContent()).resolves.toContain(tip.reference);
    await expectAccessible(page, 'outcome form in a dialog');
    await screenshot(page, 'inbox-outcome-dialog');
    // Escape does not close it (it closes a picker inside, and must never throw away what was typed); its close button does.
    await page.keyboard.press('Escape');
    await expect(dialog.isVisible()).resolves.toBe(true);
    await dialog.getByLabel('Đóng').click();
    await dialog.waitFor({ state: 'detached' });
    await screenshot(page, 'inbox-with-subjects');
    await page.context().close();
  });

  it('the approval card names the tip and its subject', async () => {
    const page = await signIn('agency-head');
    await page.getByRole('heading', { name: 'Việc cần xử lý', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Chờ phê duyệt' }).click();
    const card = page.locator('section[data-extension-id]', { hasText: tip.reference });
    await card.waitFor();
    await expect(card.getByTestId('work-subject').textContent()).resolves.toContain(SUMMARY);
    await expect(card.textContent()).resolves.toMatch(/Cán bộ Cơ quan CSĐT Công an tỉnh/);
    await page.mouse.move(0, 0);
    await expectAccessible(page, 'approval card with its subject');
    await page.context().close();
  });

  it('the tip page shows the tip to the coordinator and the verifying officer, and refuses leadership', async () => {
    for (const username of ['coordinator', 'officer']) {
      const page = await signIn(username);
      await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
      await page.goto(`${system.http.baseUrl}/tip/${tip.reference}`);
      await page
        .getByRole('heading', { name: `Tin báo ${tip.reference}`, level: 1 })
        .waitFor({ timeout: 15_000 })
        .catch(async (error: Error) => {
          throw new Error(`${error.message}\n${page.url()}\n${await page.locator('body').innerText()}`);
        });
      await expect(page.getByTestId('tip-summary').textContent()).resolves.toBe(SUMMARY);
      await expect(page.getByTestId('tip-page').textContent()).resolves.toContain(PLACE);
      await page.getByTestId('tip-holders').getByText('Kiểm tra, xác minh và giải quyết tin báo').waitFor();
      if (username === 'coordinator') {
        await page.getByTestId('tip-timeline').waitFor();
        await expectAccessible(page, 'tip page');
        await screenshot(page, 'tip-page');
      }
      await page.context().close();
    }
    const leadership = await signIn('leadership');
    await leadership.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    await leadership.goto(`${system.http.baseUrl}/tip/${tip.reference}`);
    await leadership
      .getByRole('alert')
      .getByText(/không có quyền xem tin báo này/)
      .waitFor();
    expect(await leadership.getByTestId('tip-summary').count()).toBe(0);
    await leadership.context().close();
  });

  it('at 375 px the inbox is cards and the row actions are on screen', async () => {
    const page = await signIn('officer', PHONE);
    await page.getByRole('heading', { name: 'Việc cần xử lý', level: 1 }).waitFor();
    const card = page.locator(`article[data-task-id="${verify.id}"]`);
    await card.waitFor();
    await card.scrollIntoViewIfNeeded();
    await expect(card.textContent()).resolves.toContain(tip.reference);
    for (const name of ['Trả lại', 'Hoàn thành']) await expectOnScreen(page, card.getByRole('button', { name, exact: true }), name);
    await expectOnScreen(page, card.getByRole('button', { name: /Thao tác khác/ }), 'Thao tác khác');
    await screenshot(page, 'inbox-phone-cards');
    await page.context().close();
  });

  it('reloading any screen’s address gives the app, and the app is sent compressed with long cache for hashed files', async () => {
    const screens = ['/', '/inbox', '/escalations', '/approvals', '/tasks', '/cases', '/tips', '/dashboard', `/tip/${tip.reference}`];
    screens.push('/case/CASE-20261128-4HT9QA', '/admin/users', '/admin/agencies', '/admin/catalogue', '/admin/calendar', '/duty-desk');
    const navigate = { accept: 'text/html,application/xhtml+xml', 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document' };
    let indexHtml = '';
    for (const path of screens) {
      const response = await rawGet(`${system.http.baseUrl}${path}`, navigate);
      const body = response.body.toString();
      expect({ path, status: response.status, type: response.headers['content-type'], app: body.includes('<div id="root">') }).toEqual({
        path,
        status: 200,
        type: expect.stringContaining('text/html'),
        app: true,
      });
      expect(response.headers['cache-control']).toBe('no-cache');
      indexHtml = body;
    }
    // The same addresses from a script stay the API's.
    const api = await rawGet(`${system.http.baseUrl}/escalations`, { accept: 'application/json' });
    expect(api.status).toBe(401);
    // A real reload of /escalations as a head shows the screen, not JSON.
    const page = await signIn('agency-head');
    await page.getByRole('heading', { name: 'Việc cần xử lý', level: 1 }).waitFor();
    await page.goto(`${system.http.baseUrl}/escalations`);
    await page.getByRole('heading', { name: 'Cảnh báo', level: 1 }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Cảnh báo', level: 1 }).waitFor();
    await page.context().close();

    const script = /src="(\/assets\/[^"]+\.js)"/.exec(indexHtml)![1];
    const plain = await rawGet(`${system.http.baseUrl}${script}`, { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    for (const [encoding, decode] of [
      ['br', brotliDecompressSync],
      ['gzip', gunzipSync],
    ] as const) {
      const response = await rawGet(`${system.http.baseUrl}${script}`, { 'accept-encoding': `${encoding}, deflate` });
      expect(response.headers['content-encoding']).toBe(encoding);
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(response.body.length).toBeLessThan(plain.body.length / 2.5);
      expect(decode(response.body).equals(plain.body)).toBe(true);
    }
  });

  it('an administrator’s session never asks for the live events it may not read', async () => {
    const page = await signIn('admin');
    const events: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/events') events.push(request.url());
    });
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    await page.waitForTimeout(5_000);
    expect(events).toEqual([]);
    await page.context().close();
  });
});
