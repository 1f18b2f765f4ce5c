import { localDate } from '../../src/domain/working-calendar';
import type { Browser, Page } from 'playwright-core';
import { eventually } from '../support/eventually';
import { TestSystem } from '../support/test-system';
import { TEST_PASSWORD } from '../support/test-users';
import { idempotencyKey, tipBody } from '../support/tip-requests';
import { expectAccessible } from './support/expect-accessible';
import { withBrowserSystem } from './support/with-browser-system';
import { screenshot } from './support/screenshot';
import { signIn as signInAs } from './support/sign-in';

/**
 * What every screen shares: live updates, the idle sign-out, the lock screen, the language kept with the account,
 * date inputs in the province's time, the phone layout and the print footer. Every state shown passes axe.
 */
describe('the shell in the browser', () => {
  let system: TestSystem;
  let browser: Browser;

  withBrowserSystem((started) => ({ system, browser } = started));

  const signIn = (username: string, options: { query?: string; phone?: boolean } = {}): Promise<Page> =>
    signInAs(browser, `${system.http.baseUrl}/${options.query ?? ''}`, username, {
      context: options.phone ? { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true } : {},
    });
  const registerTip = async (overrides: Record<string, unknown> = {}) =>
    (await (await system.as('coordinator')).post('/tips', tipBody(overrides), { 'Idempotency-Key': idempotencyKey() })).body;

  it('a task created elsewhere is announced in the open inbox and shown on "Cập nhật ngay", without a reload', async () => {
    const inbox = await signIn('officer');
    const heading = inbox.getByRole('heading', { name: 'Việc cần xử lý', level: 1 });
    await heading.waitFor();
    await inbox.locator('[data-live="open"]').waitFor({ state: 'attached' });
    const rows = inbox.locator('tr[data-step-type="TIP_VERIFY"]');
    const before = await rows.count();
    // The pointer rests on the list: nothing may re-sort under it, so the news waits for the button.
    await heading.hover();
    const tip = await registerTip();
    const news = inbox.getByRole('status').filter({ hasText: /\d+ việc mới – cập nhật/ });
    await news.waitFor({ timeout: 30_000 });
    expect(await rows.count()).toBe(before);
    await expectAccessible(inbox, 'inbox with live news');
    await screenshot(inbox, 'shell-live-news');
    await news.getByRole('button', { name: 'Cập nhật ngay' }).click();
    await eventually(async () => (await rows.count()) === before + 1, 'the new verification task in the inbox');
    await news.waitFor({ state: 'detached' });

    // With the pointer away from the list, the next task comes in by itself.
    await inbox.mouse.move(100, 600);
    await registerTip();
    await eventually(async () => (await rows.count()) === before + 2, 'the second task shown automatically');
    expect(tip.reference).toMatch(/^TIP-/);
    await inbox.context().close();
  });

  it('warns after the idle time, keeps the session on "Tiếp tục làm việc", and signs out when nobody answers', async () => {
    const page = await signIn('officer', { query: '?idleSeconds=2&warningSeconds=10' });
    await page.getByRole('heading', { name: 'Việc cần xử lý', level: 1 }).waitFor();
    const warning = page.getByRole('dialog', { name: 'Phiên sắp hết do không hoạt động' });
    await warning.waitFor();
    await expect(warning.textContent()).resolves.toMatch(/đăng xuất sau \d+ giây/);
    await warning.getByRole('button', { name: 'Tiếp tục làm việc' }).click();
    await warning.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { name: 'Việc cần xử lý', level: 1 }).waitFor();

    // A second tab of the same browser: signed out with the first, by the same idle clock.
    const other = await page.context().newPage();
    await other.goto(`${system.http.baseUrl}/inbox`);
    await other.getByRole('heading', { name: 'Việc cần xử lý', level: 1 }).waitFor();

    await warning.waitFor({ timeout: 15_000 });
    await expectAccessible(page, 'idle warning');
    await screenshot(page, 'shell-idle-warning');
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor({ timeout: 30_000 });
    await page.getByText('Bạn đã được đăng xuất do không hoạt động.').waitFor();
    await other.getByRole('heading', { name: 'Đăng nhập' }).waitFor({ timeout: 15_000 });
    expect((await page.context().cookies()).filter((c) => c.name.startsWith('at_'))).toEqual([]);
    expect((await page.request.get(`${system.http.baseUrl}/me`)).status()).toBe(401);
    await expectAccessible(page, 'signed out for inactivity');
    await page.context().close();
  });

  it('the lock screen hides every piece of data and opens again with the same account’s password', async () => {
    const location = `thôn khóa màn hình ${Date.now()}`;
    await registerTip({ location });
    const desk = await signIn('coordinator');
    await desk.getByTestId('tips-table').getByText(location).waitFor();
    await desk.getByRole('button', { name: 'Khóa màn hình' }).click();
    await desk.getByRole('heading', { name: 'Màn hình đã khóa' }).waitFor();
    expect(await desk.content()).not.toContain(location);
    expect(await desk.locator('nav, table').count()).toBe(0);
    // The server session ended too: a reload shows the sign-in screen, not the data.
    expect((await desk.request.get(`${system.http.baseUrl}/me`)).status()).toBe(401);
    await expectAccessible(desk, 'lock screen');
    await screenshot(desk, 'shell-locked');

    await desk.getByText('English', { exact: true }).click();
    await desk.getByRole('heading', { name: 'Screen locked' }).waitFor();
    await desk.getByRole('button', { name: 'Unlock' }).waitFor();
    await expectAccessible(desk, 'lock screen in English');
    await desk.getByText('Tiếng Việt', { exact: true }).click();
    await desk.getByLabel('Mật khẩu').fill('not the password');
    await desk.getByRole('button', { name: 'Mở khóa' }).click();
    await desk.getByRole('alert').filter({ hasText: 'Sai tên đăng nhập hoặc mật khẩu.' }).waitFor();
    expect(await desk.content()).not.toContain(location);
    await desk.getByLabel('Mật khẩu').fill(TEST_PASSWORD);
    await desk.getByRole('button', { name: 'Mở khóa' }).click();
    await desk.getByTestId('tips-table').getByText(location).waitFor();
    await expect(desk.request.get(`${system.http.baseUrl}/me`).then((r) => r.json())).resolves.toMatchObject({ username: 'coordinator' });
    await desk.context().close();
  });

  it('the language a user chose comes back at their next sign-in in a fresh browser', async () => {
    const first = await signIn('agency-head');
    await first.getByRole('heading', { name: 'Việc cần xử lý', level: 1 }).waitFor();
    await first.getByText('English', { exact: true }).click();
    await first.getByRole('heading', { name: 'Tasks', level: 1 }).waitFor();
    await first.getByRole('button', { name: 'Lock screen' }).waitFor();
    await expectAccessible(first, 'inbox in English');
    const head = await system.as('agency-head');
    await eventually(async () => (await head.get('/me')).body.language === 'en', 'the choice kept with the account');
    await first.context().close();

    // A fresh context: nothing stored in the browser, the sign-in screen in Vietnamese, then the account's English.
    const again = await signIn('agency-head');
    await again.getByRole('heading', { name: 'Tasks', level: 1 }).waitFor();
    expect(await again.evaluate('document.documentElement.lang')).toBe('en');
    await again.getByText('Tiếng Việt', { exact: true }).click();
    await again.getByRole('heading', { name: 'Việc cần xử lý', level: 1 }).waitFor();
    await eventually(async () => (await head.get('/me')).body.language === 'vi', 'Vietnamese kept again');
    await again.context().close();
  });

  it('on a phone (375 × 812) the burger opens the navigation, nothing scrolls sideways, and axe passes', async () => {
    const phone = await signIn('coordinator', { phone: true });
    await phone.getByRole('heading', { name: 'Trực ban', level: 1 }).waitFor();
    const link = phone.getByRole('link', { name: 'Tổng hợp, thống kê' });
    expect(await link.isVisible()).toBe(false);
    expect(await phone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    // The fixed header does not count in the page's width: each of its controls must lie within the screen itself.
    for (const name of ['Khóa màn hình', 'Đăng xuất', 'Mở menu điều hướng']) {
      const box = await phone.getByRole('button', { name }).boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    }
    await expectAccessible(phone, 'duty desk on a phone');
    await screenshot(phone, 'shell-phone');
    await phone.getByRole('button', { name: 'Mở menu điều hướng' }).click();
    await link.waitFor();
    await expectAccessible(phone, 'navigation open on a phone');
    await screenshot(phone, 'shell-phone-menu');
    await link.click();
    await phone.getByRole('heading', { name: 'Tổng hợp, thống kê', level: 1 }).waitFor();
    await link.waitFor({ state: 'hidden' });
    expect(await phone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await expectAccessible(phone, 'dashboard on a phone');
    await phone.context().close();
  });

  it('the hovered active link keeps its contrast, and a printout has no navigation but says who printed it when', async () => {
    const page = await signIn('coordinator');
    await page.getByRole('heading', { name: 'Trực ban', level: 1 }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Trực ban' }).hover();
    await expectAccessible(page, 'hovered active navigation link');

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation').isVisible()).toBe(false);
    const footer = page.getByTestId('print-footer');
    expect(await footer.isVisible()).toBe(true);
    await expect(footer.textContent()).resolves.toMatch(/^In bởi Điều phối viên \(Văn phòng thường trực\) lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    await page.emulateMedia({ media: 'screen' });
    expect(await footer.isVisible()).toBe(false);
    await page.context().close();
  });

  it('the tip form takes "received at" as dd/mm/yyyy 08:30 in the province: 01:30 UTC over the API', async () => {
    const desk = await signIn('coordinator');
    await desk.getByRole('heading', { name: 'Trực ban', level: 1 }).waitFor();
    const location = `thôn ngày giờ ${Date.now()}`;
    // Some days ago in the province (a fixed date would fall out of the 366 days the API accepts).
    const day = localDate(Date.now() - 12 * 86_400_000);
    const typed = `${day.split('-').reverse().join('/')} 08:30`;
    const receivedAt = desk.getByLabel('Thời điểm tiếp nhận');
    await receivedAt.fill(typed);
    // The calendar opened beside the field shows the typed day.
    await expect(desk.locator('button[data-selected]').textContent()).resolves.toBe(String(Number(day.slice(8))));
    await expectAccessible(desk, 'date input with its calendar open');
    await receivedAt.press('Escape');
    await desk.getByRole('radio', { name: 'Không' }).check();
    await desk.getByLabel('Nội dung nguồn tin').fill('Người gọi báo một người bị đưa qua biên giới trái phép');
    await desk.getByLabel('Địa điểm').fill(location);
    await expectAccessible(desk, 'tip form with a typed date');
    await desk.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
    await desk.getByRole('status').filter({ hasText: 'Đã tiếp nhận nguồn tin' }).waitFor();
    const row = desk.getByTestId('tips-table').getByRole('row').filter({ hasText: location });
    await expect(row.textContent()).resolves.toContain(typed);
    const tips = (await (await system.as('coordinator')).get('/tips')).body;
    const tip = tips.find((t: any) => t.location === location);
    expect(new Date(tip.receivedAt).toISOString()).toBe(`${day}T01:30:00.000Z`);
    await desk.context().close();
  });
});
