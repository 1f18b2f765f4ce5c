import type { Browser } from 'playwright-core';
import { upsertUsers } from '../../src/database/demo-users';
import { Role } from '../../src/domain/role';
import { startTestSystem, TestSystem } from '../support/test-system';
import { TEST_PASSWORD } from '../support/test-users';
import { ensureWebAppBuilt, launchBrowser } from './support/browser';
import { expectAccessible } from './support/expect-accessible';
import { signIn } from './support/sign-in';

/** The auditor's screen in a real browser: the log in Vietnamese with each row's detail in words, a flagged role grant, filters and the export link. */
describe('the audit log screen', () => {
  let system: TestSystem;
  let browser: Browser;

  beforeAll(async () => {
    ensureWebAppBuilt();
    system = await startTestSystem({ worker: false });
    await upsertUsers(system.db, [
      { username: 'auditor', displayName: 'Kiểm toán viên', agencyCode: 'BCD_VPTT', roles: [Role.AUDITOR], password: TEST_PASSWORD },
    ]);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await system?.close();
  });

  it('shows the auditor the log with the flagged grant first when filtered, and exports what is filtered', async () => {
    const admin = await system.as('admin');
    const created = await admin.post('/users', { username: 'to-audit', displayName: 'Người được cấp', agencyCode: 'BCD_VPTT', roles: ['AUDITOR'] });
    expect(created.body.pendingRoles).toEqual(['AUDITOR']);

    // A read of a tip: its row names the tip, in words, never what the tip says.
    const [registrar] = await system.db.query(`SELECT id FROM users WHERE username = 'coordinator'`);
    await system.db.query(
      `INSERT INTO tips (reference, channel, received_at, summary, location, urgency, investigating_agency_code, status, workflow_id, registered_by)
       VALUES ('TIP-AUDIT-1', 'HOTLINE_111', now(), 'Nội dung bí mật', 'thôn bí mật', 'NORMAL', 'CA_TINH_CSDT', 'VERIFYING', 'tip-verification-TIP-AUDIT-1', $1)`,
      [registrar.id],
    );
    expect((await (await system.as('coordinator')).get('/tips/TIP-AUDIT-1')).status).toBe(200);

    const page = await signIn(browser, system.http.baseUrl, 'auditor' as never);
    await page.getByRole('link', { name: 'Nhật ký truy cập' }).click();
    await page.getByRole('heading', { name: 'Nhật ký truy cập', level: 1 }).waitFor();
    const table = page.getByTestId('audit-table');
    await table.getByText('Đề nghị cấp vai trò').waitFor();
    expect(await table.getByText('Đăng nhập', { exact: true }).count()).toBeGreaterThan(0);
    // Each row's detail as labelled fields in Vietnamese: the role asked, the account created, the tip read.
    const grantRow = table.locator('tr', { hasText: 'Đề nghị cấp vai trò' });
    await grantRow.getByText('Vai trò:').waitFor();
    await grantRow.getByText('Kiểm toán viên (nhật ký truy cập)').waitFor();
    const createdRow = table.locator('tr', { hasText: 'Tạo tài khoản' });
    await createdRow.getByText('Tên đăng nhập:').waitFor();
    await createdRow
      .getByRole('definition')
      .filter({ hasText: /^to-audit$/ })
      .waitFor();
    await createdRow.getByText('Họ và tên:').waitFor();
    await createdRow.getByText('Ban Chỉ đạo', { exact: false }).first().waitFor();
    const readRow = table.locator('tr', { hasText: 'Xem tin báo' });
    await readRow.getByText('Tin báo đã xem:').waitFor();
    await readRow
      .getByRole('definition')
      .filter({ hasText: /^TIP-AUDIT-1$/ })
      .waitFor();
    await readRow.getByText('Số đối tượng:').waitFor();
    // No codes, no JSON, no route and nothing the tip says.
    const shown = await table.innerText();
    for (const hidden of ['{', '"role"', 'AUDITOR', 'BCD_VPTT', 'GET /tips', 'grantId', 'bí mật']) expect(shown).not.toContain(hidden);
    await expectAccessible(page, 'audit log');

    await page.getByLabel('Chỉ các dòng cần chú ý (cấp vai trò)').check();
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    await page.waitForFunction(() => (globalThis as any).document.querySelectorAll('[data-testid="audit-table"] tbody tr').length === 1);
    await table.getByText('Cần chú ý').waitFor();
    expect(await page.getByRole('link', { name: 'Xuất CSV' }).getAttribute('href')).toBe('/audit/export.csv?alert=true');

    // Actions are chosen by their names, never typed as codes.
    await page.reload();
    await page.getByRole('combobox', { name: 'Hành động' }).click();
    await page.getByRole('option', { name: 'Đề nghị cấp vai trò' }).click();
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    await table.getByText('Đề nghị cấp vai trò').waitFor();
    expect(await table.getByText('Đăng nhập', { exact: true }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Xuất CSV' }).getAttribute('href')).toBe('/audit/export.csv?action=ROLE_GRANT_REQUESTED');
  });
});
