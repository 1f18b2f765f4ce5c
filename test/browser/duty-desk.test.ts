import type { Browser, Page } from 'playwright-core';
import { eventually } from '../support/eventually';
import { TestSystem } from '../support/test-system';
import { TEST_PASSWORD } from '../support/test-users';
import { signIn as signInAs } from './support/sign-in';
import { expectAccessible } from './support/expect-accessible';
import { withBrowserSystem } from './support/with-browser-system';
import { readmeScreenshot, screenshot } from './support/screenshot';

/**
 * The web app in a real browser against the real API, worker, Temporal and PostgreSQL: the coordinator registers a
 * tip at the duty desk, the investigation agency's officer finds its verification in the inbox, claims it and
 * completes it through the form generated from the step's schema. Every screen visited passes axe (WCAG A/AA).
 */
describe('duty desk and inbox in the browser', () => {
  let system: TestSystem;
  let browser: Browser;
  const location = `xã Quảng Trực, thôn ${Date.now()}`;

  withBrowserSystem((started) => ({ system, browser } = started));

  const signIn = (username: string): Promise<Page> =>
    signInAs(browser, system.http.baseUrl, username, {
      onSignInScreen: async (page) => {
        await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
        await expectAccessible(page, 'sign in');
      },
    });

  it('serves the app at / and keeps the API as it was', async () => {
    const app = await fetch(`${system.http.baseUrl}/inbox`, { headers: { accept: 'text/html' } });
    expect(app.status).toBe(200);
    expect(await app.text()).toContain('<div id="root">');
    const api = await fetch(`${system.http.baseUrl}/tips`, { headers: { accept: 'text/html' } });
    expect(api.status).toBe(401);
    expect(api.headers.get('cache-control')).toBe('no-store');
  });

  it('the coordinator registers a tip and sees it listed; the officer claims and completes its verification', async () => {
    // A tip typed in 30 hours after it was received: the desk says so in words beside its receipt time.
    const late = await (
      await system.as('coordinator')
    ).post('/tips', {
      channel: 'WALK_IN',
      receivedAt: new Date(Date.now() - 30 * 3_600_000).toISOString(),
      summary: 'Người dân trình báo tại trụ sở, đăng ký muộn',
      location: `${location} (muộn)`,
      urgency: 'NORMAL',
      // Verified by the border guard, so the officer's inbox below holds only the tip registered on this screen.
      investigatingAgencyCode: 'BDBP_TINH',
    });
    expect(late.body.registrationDelayHours).toBe(30);
    const desk = await signIn('coordinator');
    await desk.getByRole('heading', { name: 'Trực ban', level: 1 }).waitFor();
    await desk
      .getByTestId('tips-table')
      .getByRole('row', { name: new RegExp(late.body.reference) })
      .getByText('Đăng ký muộn 30 giờ sau khi tiếp nhận')
      .waitFor();
    expect(await desk.evaluate('document.documentElement.lang')).toBe('vi');
    // The session lives in HttpOnly cookies only: nothing in the page's storage but the language.
    const cookies = await desk.context().cookies();
    expect(cookies.find((c) => c.name === 'at_session')).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    expect(await desk.evaluate('[...Object.keys(localStorage), ...Object.keys(sessionStorage)]')).toEqual([]);
    await expectAccessible(desk, 'duty desk');

    // Sending without the danger answer is refused in the browser, with the error summary linking to the question.
    await desk.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
    await desk.getByRole('link', { name: /Nạn nhân đang gặp nguy hiểm\?/ }).waitFor();
    await expectAccessible(desk, 'duty desk with errors');

    await desk.getByRole('radio', { name: 'Không' }).check();
    await desk.getByLabel('Nội dung nguồn tin').fill('Người gọi báo một phụ nữ trẻ bị giữ tại sòng bạc bên kia biên giới');
    await desk.getByLabel('Địa điểm').fill(location);
    await desk.getByLabel('Số điện thoại').fill('0912345678');
    await desk.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
    const registered = await desk.getByRole('status').filter({ hasText: 'Đã tiếp nhận nguồn tin' }).textContent();
    const reference = /TIP-[\w-]+/.exec(registered ?? '')?.[0];
    expect(reference).toBeDefined();
    await desk
      .getByTestId('tips-table')
      .getByRole('row', { name: new RegExp(reference!) })
      .filter({ hasText: location })
      .waitFor();
    await screenshot(desk, 'duty-desk');

    const tip = (await (await system.as('coordinator')).get('/tips')).body.find((t: any) => t.reference === reference);
    expect(tip).toMatchObject({ location, victimInDanger: false, channel: 'HOTLINE_111' });

    const inbox = await signIn('officer');
    await inbox.getByRole('heading', { name: 'Việc cần xử lý', level: 1 }).waitFor();
    const row = inbox.locator('tr[data-step-type="TIP_VERIFY"]');
    await row.waitFor();
    // The due-date cell: dd/MM/yyyy HH:mm (or "hết ngày" for a period ending at 24:00), the days left and a tag in words.
    await expect(row.textContent()).resolves.toMatch(/(\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}|hết ngày \d{2}\/\d{2}\/\d{4}).*còn \d+ ngày.*Trong hạn/);
    await expectAccessible(inbox, 'inbox');
    await row.getByRole('button', { name: 'Nhận xử lý' }).click();
    await row.getByRole('button', { name: 'Hoàn thành' }).click();
    await inbox.getByRole('heading', { name: /Kết quả: Kiểm tra, xác minh/ }).waitFor();

    // Validated in the browser: the decision and findings first, then the reason an unfounded tip needs.
    const form = inbox.locator('section', { has: inbox.getByRole('heading', { name: /Kết quả:/ }) });
    await form.getByRole('button', { name: 'Hoàn thành' }).click();
    await form.getByRole('link', { name: /Quyết định: bắt buộc nhập/ }).waitFor();
    await form.getByRole('link', { name: /Kết quả kiểm tra, xác minh: bắt buộc nhập/ }).waitFor();
    await expectAccessible(inbox, 'outcome form with errors');
    await form.locator('#outcome-decision').click();
    await inbox.getByRole('option', { name: 'Không có dấu hiệu tội phạm' }).click();
    await form.getByLabel('Kết quả kiểm tra, xác minh').fill('Đã xác minh: không có người bị giữ tại địa điểm báo tin.');
    await form.getByRole('button', { name: 'Hoàn thành' }).click();
    await form.getByRole('link', { name: /Lý do: bắt buộc nhập/ }).waitFor();
    await form.getByLabel('Lý do').fill('Người bị báo tin đã về nhà an toàn');
    await screenshot(inbox, 'inbox-outcome-form');
    await readmeScreenshot(inbox, 'outcome-form');
    await form.getByRole('button', { name: 'Hoàn thành' }).click();
    await inbox.getByRole('status').filter({ hasText: 'Đã hoàn thành việc.' }).waitFor();
    await inbox.locator('tr[data-step-type="TIP_VERIFY"]').waitFor({ state: 'detached' });
    await screenshot(inbox, 'inbox');

    const officer = await system.as('officer');
    const done = await eventually(async () => {
      const tasks = (await officer.get(`/tasks?stepType=TIP_VERIFY&processId=${tip.processId}&state=closed`)).body;
      return tasks.find((t: any) => t.status === 'COMPLETED');
    }, 'the verification task to be completed');
    expect(done.outcome).toMatchObject({ decision: 'UNFOUNDED', reason: 'Người bị báo tin đã về nhà an toàn' });
    await eventually(
      async () => (await officer.get(`/tips`)).body.find((t: any) => t.reference === reference)?.status === 'UNFOUNDED',
      'the tip to be unfounded',
    );

    // Signing out ends the server session and clears the cookies.
    await inbox.getByRole('button', { name: 'Đăng xuất' }).click();
    await inbox.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    expect((await inbox.context().cookies()).filter((c) => c.name.startsWith('at_'))).toEqual([]);
  });
  it('switches to English and back, on the screen and in <html lang>', async () => {
    const page = await signIn('coordinator');
    await page.getByRole('heading', { name: 'Trực ban', level: 1 }).waitFor();
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('heading', { name: 'Duty desk', level: 1 }).waitFor();
    await page.getByRole('radiogroup', { name: /Is a victim in danger now\?/ }).waitFor();
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');
    await expectAccessible(page, 'duty desk in English');
    await screenshot(page, 'duty-desk-en');
    await page.getByText('Tiếng Việt', { exact: true }).click();
    await page.getByRole('heading', { name: 'Trực ban', level: 1 }).waitFor();
    expect(await page.evaluate('document.documentElement.lang')).toBe('vi');
    await page.context().close();
  });

  it('a password set by an administrator must be changed before any screen', async () => {
    await system.db.query(`UPDATE users SET must_change_password = true WHERE username = 'officer-2'`);
    const page = await signIn('officer-2');
    await page.getByRole('heading', { name: 'Đổi mật khẩu' }).waitFor();
    await expectAccessible(page, 'change password');
    await page.getByLabel('Mật khẩu hiện tại').fill(TEST_PASSWORD);
    await page.getByLabel('Mật khẩu mới (ít nhất 12 ký tự)').fill('officer-2');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    // The server's refusal of the new password is shown in the error summary.
    await page.getByRole('alert').filter({ hasText: 'Có lỗi cần sửa' }).waitFor();
    await page.getByLabel('Mật khẩu mới (ít nhất 12 ký tự)').fill('một mật khẩu mới đủ dài 2026');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByRole('heading', { name: 'Việc cần xử lý', level: 1 }).waitFor();
    await page.context().close();
  });
});
