import type { Browser, Page } from 'playwright-core';
import { upsertUsers } from '../../src/database/demo-users';
import { Role } from '../../src/domain/role';
import type { TestSystem } from '../support/test-system';
import { TEST_PASSWORD } from '../support/test-users';
import { expectAccessible } from './support/expect-accessible';
import { signIn } from './support/sign-in';
import { withBrowserSystem } from './support/with-browser-system';

/**
 * Two administrators per privileged grant, on screen: the one who asked sees the server refuse their own approval in
 * Vietnamese; a second administrator approves one grant and refuses another, and the accounts' roles follow.
 */
describe('role grants awaiting a second administrator', () => {
  let system: TestSystem;
  let browser: Browser;

  withBrowserSystem((started) => ({ system, browser } = started), { worker: false });
  beforeAll(() =>
    upsertUsers(system.db, [
      { username: 'admin-2', displayName: 'Quản trị viên thứ hai', agencyCode: 'BCD_VPTT', roles: [Role.ADMIN], password: TEST_PASSWORD },
    ]),
  );

  const usersScreen = async (username: string): Promise<Page> => {
    const page = await signIn(browser, system.http.baseUrl, username);
    await page.getByRole('heading', { name: 'Người dùng', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Chờ phê duyệt cấp vai trò', level: 2 }).waitFor();
    return page;
  };
  const rolesOf = async (username: string): Promise<string[]> =>
    (await system.db.query(`SELECT roles FROM users WHERE username = $1`, [username]))[0].roles;

  it('refuses the asker’s own approval in words, then a second administrator approves one grant and refuses another', async () => {
    const admin = await system.as('admin');
    for (const [username, role] of [
      ['kiem-toan-moi', 'AUDITOR'],
      ['dieu-phoi-moi', 'COORDINATOR'],
    ])
      expect(
        (await admin.post('/users', { username, displayName: `Người ${username}`, agencyCode: 'BCD_VPTT', roles: ['OFFICER', role] })).body
          .pendingRoles,
      ).toEqual([role]);

    const asker = await usersScreen('admin');
    const grants = asker.getByTestId('pending-grants');
    const auditorRow = grants.locator('tr[data-grant-for="kiem-toan-moi"]');
    await auditorRow.getByText('Kiểm toán viên (nhật ký truy cập)').waitFor();
    await auditorRow.getByRole('cell', { name: 'admin', exact: true }).waitFor();
    await expectAccessible(asker, 'pending role grants');
    await auditorRow.getByRole('button', { name: 'Phê duyệt' }).click();
    await asker.getByRole('alert').getByText('Chưa phê duyệt được: Yêu cầu cấp vai trò phải do một quản trị viên khác phê duyệt').waitFor();
    expect(await rolesOf('kiem-toan-moi')).toEqual(['OFFICER']);
    await asker.context().close();

    const second = await usersScreen('admin-2');
    const rows = second.getByTestId('pending-grants');
    await rows.locator('tr[data-grant-for="kiem-toan-moi"]').getByRole('button', { name: 'Phê duyệt' }).click();
    await second.getByRole('status').getByText('Đã phê duyệt vai trò Kiểm toán viên (nhật ký truy cập) cho kiem-toan-moi.').waitFor();
    await rows.locator('tr[data-grant-for="kiem-toan-moi"]').waitFor({ state: 'detached' });
    await rows.locator('tr[data-grant-for="dieu-phoi-moi"]').getByRole('button', { name: 'Từ chối' }).click();
    await second.getByRole('status').getByText('Đã từ chối vai trò Điều phối viên (Văn phòng thường trực) cho dieu-phoi-moi.').waitFor();
    await rows.waitFor({ state: 'detached' });
    // The users' table shows the granted role at once.
    await second
      .getByTestId('users-table')
      .locator('tr[data-username="kiem-toan-moi"]')
      .getByText(/Kiểm toán viên/)
      .waitFor();
    expect((await rolesOf('kiem-toan-moi')).sort()).toEqual(['AUDITOR', 'OFFICER']);
    expect(await rolesOf('dieu-phoi-moi')).toEqual(['OFFICER']);
    await second.context().close();
  });
});
