import type { Browser, Page } from 'playwright-core';
import { startTestSystem, TestSystem } from '../support/test-system';
import { ensureWebAppBuilt, launchBrowser, newContext } from './support/browser';
import { expectAccessible } from './support/expect-accessible';
import { screenshot } from './support/screenshot';
import { signIn as signInAs } from './support/sign-in';

/**
 * The administrator's screens in a real browser against the real API: accounts (create, first sign-in with the
 * temporary password, reset, deactivate), agencies (create, rename, a refused deactivation in words), the deadline
 * catalogue (read, compare, a refused and an accepted publication) and the holiday calendar (add a holiday, publish
 * its year). Every effect is read back over the API; every screen state shown passes axe.
 */
describe('administration in the browser', () => {
  let system: TestSystem;
  let browser: Browser;
  let labels: any;

  beforeAll(async () => {
    ensureWebAppBuilt();
    system = await startTestSystem();
    browser = await launchBrowser();
    labels = (await (await system.as('admin')).get('/labels')).body;
  });
  afterAll(async () => {
    await browser?.close();
    await system?.close();
  });

  /** axe once dialogs have finished fading in: a half-transparent dialog fails contrast for no real reason. */
  const accessible = async (page: Page, screen: string) => {
    // A function, not a string: the app's Content-Security-Policy forbids evaluating strings.
    await page.waitForFunction(() =>
      (globalThis as any).document
        .getAnimations()
        .every((a: any) => a.playState !== 'running' || a.effect.getComputedTiming().iterations === Infinity),
    );
    await expectAccessible(page, screen);
  };
  const word = (list: string, value: string): string => labels[list].find((l: any) => l.value === value).vi;
  const signInAsAdmin = async (): Promise<Page> => {
    const page = await signInAs(browser, system.http.baseUrl, 'admin');
    await page.getByRole('heading', { name: 'Người dùng', level: 1 }).waitFor();
    return page;
  };
  /** A sign-in with a password of the test's own (the shared helper signs in with the seeded one). */
  const signInWith = async (username: string, password: string): Promise<Page> => {
    const page = await (await newContext(browser)).newPage();
    await page.goto(system.http.baseUrl);
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill(password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    return page;
  };
  const go = async (page: Page, link: string, heading: string) => {
    // By keyboard: the navigation must work without a mouse (and a hovered link is not what axe should judge).
    await page.getByRole('navigation').getByRole('link', { name: link }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
  };
  const pickOption = async (page: Page, field: ReturnType<Page['getByLabel']>, text: string) => {
    await field.click();
    await field.fill(text);
    await page.getByRole('option', { name: text, exact: true }).click();
  };

  it('creates an account whose holder must change the temporary password, resets it and deactivates the account', async () => {
    const admin = await system.as('admin');
    const agency = (await admin.get('/agencies/CA_TINH_CSDT')).body;
    const page = await signInAsAdmin();
    expect(new URL(page.url()).pathname).toBe('/admin/users');
    await page.getByTestId('users-table').locator('tr[data-username="officer"]').waitFor();
    await accessible(page, 'users');
    await screenshot(page, 'admin-users');

    // Create: a missing field is named, then the account is made and its temporary password shown once.
    await page.getByRole('button', { name: 'Thêm người dùng' }).click();
    const form = page.getByRole('dialog', { name: 'Thêm người dùng' });
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await form.getByRole('link', { name: 'Chọn ít nhất một vai trò' }).waitFor();
    await form.getByLabel('Tên đăng nhập').fill('can-bo-moi');
    await form.getByLabel('Họ và tên').fill('Nguyễn Thị Mới');
    await pickOption(page, form.getByRole('combobox', { name: 'Cơ quan, đơn vị' }), agency.nameVi);
    await form.getByRole('checkbox', { name: word('roles', 'OFFICER') }).check();
    await accessible(page, 'new user form');
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    const shown = page.getByRole('dialog', { name: 'Mật khẩu tạm thời' });
    const temporary = (await shown.getByTestId('temporary-password').textContent())!.trim();
    expect(temporary.length).toBeGreaterThanOrEqual(12);
    await shown.getByText('chỉ hiện một lần').waitFor();
    await shown.getByRole('button', { name: 'Sao chép mật khẩu' }).waitFor();
    await accessible(page, 'temporary password');
    await screenshot(page, 'admin-temporary-password');
    await shown.getByRole('button', { name: 'Đã ghi lại, đóng' }).click();
    const created = (await admin.get('/users?q=can-bo-moi')).body[0];
    expect(created).toMatchObject({ username: 'can-bo-moi', displayName: 'Nguyễn Thị Mới', agencyCode: 'CA_TINH_CSDT', roles: ['OFFICER'] });
    expect(created.mustChangePassword).toBe(true);

    // The same username again: the server's 409 is shown next to the username.
    await page.getByRole('button', { name: 'Thêm người dùng' }).click();
    const again = page.getByRole('dialog', { name: 'Thêm người dùng' });
    await again.getByLabel('Tên đăng nhập').fill('can-bo-moi');
    await again.getByLabel('Họ và tên').fill('Người khác');
    await pickOption(page, again.getByRole('combobox', { name: 'Cơ quan, đơn vị' }), agency.nameVi);
    await again.getByRole('checkbox', { name: word('roles', 'OFFICER') }).check();
    await again.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await again.getByRole('link', { name: /can-bo-moi is taken/ }).waitFor();
    expect(await again.getByLabel('Tên đăng nhập').getAttribute('aria-invalid')).toBe('true');
    await accessible(page, 'duplicate username');
    await again.getByRole('button', { name: 'Hủy' }).click();

    // Edit: another name and a second role, in force at once.
    await page.getByTestId('users-table').locator('tr[data-username="can-bo-moi"]').getByRole('button', { name: 'Sửa' }).click();
    const edit = page.getByRole('dialog', { name: 'Sửa tài khoản can-bo-moi' });
    await edit.getByLabel('Họ và tên').fill('Nguyễn Thị Mới Sửa');
    await edit.getByRole('checkbox', { name: word('roles', 'AGENCY_HEAD') }).check();
    await edit.getByRole('button', { name: 'Lưu' }).click();
    await page.getByTestId('users-table').locator('tr[data-username="can-bo-moi"]').getByText('Nguyễn Thị Mới Sửa').waitFor();
    const edited = (await admin.get(`/users/${created.id}`)).body;
    expect([edited.displayName, [...edited.roles].sort()]).toEqual(['Nguyễn Thị Mới Sửa', ['AGENCY_HEAD', 'OFFICER']]);

    // The new officer signs in with the temporary password and must change it first.
    const officer = await signInWith('can-bo-moi', temporary);
    await officer.getByRole('heading', { name: 'Đổi mật khẩu' }).waitFor();
    await officer.getByLabel('Mật khẩu hiện tại').fill(temporary);
    await officer.getByLabel('Mật khẩu mới (ít nhất 12 ký tự)').fill('mật khẩu riêng của cán bộ 2026');
    await officer.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await officer.getByRole('heading', { name: 'Việc cần xử lý', level: 1 }).waitFor();
    await officer.context().close();

    // Reset: a new temporary password; the officer's own no longer works.
    const row = page.getByTestId('users-table').locator('tr[data-username="can-bo-moi"]');
    await row.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
    await page.getByRole('dialog', { name: 'Đặt lại mật khẩu' }).getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
    const reset = page.getByRole('dialog', { name: 'Mật khẩu tạm thời' });
    const second = (await reset.getByTestId('temporary-password').textContent())!.trim();
    expect(second).not.toBe(temporary);
    await reset.getByRole('button', { name: 'Đã ghi lại, đóng' }).click();
    expect((await system.http.post('/auth/login', { username: 'can-bo-moi', password: 'mật khẩu riêng của cán bộ 2026' })).status).toBe(401);
    const afterReset = await system.http.post('/auth/login', { username: 'can-bo-moi', password: second });
    expect(afterReset.status).toBe(200);
    expect((await admin.get(`/users/${created.id}`)).body.mustChangePassword).toBe(true);

    // Deactivate, after a confirmation: the account can no longer sign in.
    await row.getByRole('button', { name: 'Ngừng hoạt động' }).click();
    const confirm = page.getByRole('dialog', { name: 'Ngừng hoạt động' });
    await confirm.getByText('không đăng nhập được nữa').waitFor();
    await accessible(page, 'deactivate confirmation');
    await confirm.getByRole('button', { name: 'Ngừng hoạt động' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã ngừng hoạt động tài khoản can-bo-moi.' }).waitFor();
    await row.getByRole('button', { name: 'Kích hoạt lại' }).waitFor();
    expect((await admin.get(`/users/${created.id}`)).body.active).toBe(false);
    const refused = await signInWith('can-bo-moi', second);
    await refused.getByText('Sai tên đăng nhập hoặc mật khẩu.').waitFor();
    await refused.context().close();

    // Filters: deactivated accounts only, by role.
    await page.getByRole('combobox', { name: 'Trạng thái' }).click();
    await page.getByRole('option', { name: 'Ngừng hoạt động' }).click();
    await page.getByTestId('users-table').locator('tr[data-username="officer"]').waitFor({ state: 'detached' });
    await row.waitFor();
    await page.context().close();
  });

  it('pages accounts with "Xem thêm" over the X-Next-Cursor header', async () => {
    const admin = await system.as('admin');
    for (let i = 0; i < 52; i++) {
      const made = await admin.post('/users', {
        username: `trang-${String(i).padStart(2, '0')}`,
        displayName: `Tài khoản ${i}`,
        agencyCode: 'SO_Y_TE',
        roles: ['OFFICER'],
      });
      expect(made.status).toBe(201);
    }
    const page = await signInAsAdmin();
    await page.getByLabel('Tên đăng nhập hoặc họ tên', { exact: true }).fill('trang-');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    const rows = page.getByTestId('users-table').locator('tbody tr');
    await page.getByText('50 / 52 tài khoản').waitFor();
    expect(await rows.count()).toBe(50);
    await page.getByRole('button', { name: 'Xem thêm' }).click();
    await page.getByText('52 / 52 tài khoản').waitFor();
    expect(await rows.count()).toBe(52);
    await page.getByRole('button', { name: 'Xem thêm' }).waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('creates and renames an agency, and says in words why one in use cannot be deactivated', async () => {
    const admin = await system.as('admin');
    const page = await signInAsAdmin();
    await go(page, 'Cơ quan, đơn vị', 'Cơ quan, đơn vị');
    const table = page.getByTestId('agencies-table');
    await table.locator('tr[data-agency-code="CA_TINH_CSDT"]').waitFor();
    await accessible(page, 'agencies');
    await screenshot(page, 'admin-agencies');

    const parent = (await admin.get('/agencies/BDBP_TINH')).body;
    await page.getByRole('button', { name: 'Thêm cơ quan, đơn vị' }).click();
    const form = page.getByRole('dialog', { name: 'Thêm cơ quan, đơn vị' });
    await form.getByLabel('Mã').fill('DBP_THU_NGHIEM');
    await form.getByLabel('Tên tiếng Việt').fill('Đồn Biên phòng Thử Nghiệm');
    await form.getByLabel('Tên tiếng Anh').fill('Thu Nghiem Border Post');
    await form.getByRole('combobox', { name: 'Loại' }).click();
    await page.getByRole('option', { name: 'Biên phòng', exact: true }).click();
    await pickOption(page, form.getByRole('combobox', { name: 'Trực thuộc' }), `${parent.nameVi} (BDBP_TINH)`);
    await form.getByLabel('Hoạt động ở khu vực biên giới').check();
    await accessible(page, 'new agency form');
    await form.getByRole('button', { name: 'Tạo', exact: true }).click();
    const row = table.locator('tr[data-agency-code="DBP_THU_NGHIEM"]');
    await row.waitFor();
    expect((await admin.get('/agencies/DBP_THU_NGHIEM')).body).toMatchObject({
      nameVi: 'Đồn Biên phòng Thử Nghiệm',
      kind: 'BORDER_GUARD',
      parentCode: 'BDBP_TINH',
      borderArea: true,
      active: true,
    });

    // Rename.
    await row.getByRole('button', { name: 'Sửa' }).click();
    const edit = page.getByRole('dialog', { name: 'Sửa DBP_THU_NGHIEM' });
    await edit.getByLabel('Tên tiếng Việt').fill('Đồn Biên phòng Thử Nghiệm Mới');
    await edit.getByRole('button', { name: 'Lưu' }).click();
    await row.getByText('Đồn Biên phòng Thử Nghiệm Mới').waitFor();
    expect((await admin.get('/agencies/DBP_THU_NGHIEM')).body.nameVi).toBe('Đồn Biên phòng Thử Nghiệm Mới');

    // An agency with active accounts: the API's 409 in words.
    await table.locator('tr[data-agency-code="CA_TINH_CSDT"]').getByRole('button', { name: 'Ngừng hoạt động' }).click();
    await page.getByRole('dialog', { name: 'Ngừng hoạt động' }).getByRole('button', { name: 'Ngừng hoạt động' }).click();
    const inUse = page.getByTestId('agency-in-use');
    await inUse.getByText(/tài khoản đang hoạt động/).waitFor();
    expect(await inUse.textContent()).toMatch(/còn \d+ việc đang mở, [1-9]\d* tài khoản đang hoạt động/);
    expect((await admin.get('/agencies/CA_TINH_CSDT')).body.active).toBe(true);
    await accessible(page, 'agency in use');

    // Deactivating the new, empty one works, and so does reactivating it.
    await row.getByRole('button', { name: 'Ngừng hoạt động' }).click();
    await page.getByRole('dialog', { name: 'Ngừng hoạt động' }).getByRole('button', { name: 'Ngừng hoạt động' }).click();
    await row.getByRole('button', { name: 'Kích hoạt lại' }).waitFor();
    expect((await admin.get('/agencies/DBP_THU_NGHIEM')).body.active).toBe(false);
    await page.context().close();
  });

  it('reads the catalogue, is refused a LAW period below its statute at its path, publishes a change and compares', async () => {
    const admin = await system.as('admin');
    const before = (await admin.get('/catalogue')).body;
    const page = await signInAsAdmin();
    await go(page, 'Danh mục thời hạn', 'Danh mục thời hạn');
    const table = page.getByTestId('catalogue-table');
    const first = before.entries[0];
    const firstBasis = ((await admin.get('/steps')).body as any[]).flatMap((s) => s.deadlines).find((d) => d.key === first.key).legalBasisVi;
    await table
      .locator(`tr[data-entry-key="${first.key}"]`)
      .getByText(firstBasis ?? first.legalBasis)
      .waitFor();
    await table.getByText(word('deadlineNatures', 'LAW')).first().waitFor();
    await accessible(page, 'catalogue');
    await screenshot(page, 'admin-catalogue');

    const edited = JSON.parse(await page.getByLabel('Nội dung phiên bản mới (JSON)').inputValue());
    const law = edited.entries.findIndex((e: any) => e.nature === 'LAW' && e.legalBasis.includes('147(1)'));
    expect(law).toBeGreaterThanOrEqual(0);
    const tooShort = structuredClone(edited);
    tooShort.entries[law].duration = { amount: 5, unit: 'days' };
    await page.getByLabel('Nội dung phiên bản mới (JSON)').fill(JSON.stringify(tooShort, null, 2));
    await page.getByLabel('Lý do ban hành').fill('Thử rút ngắn thời hạn xác minh');
    await page.getByRole('button', { name: 'Ban hành', exact: true }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Có lỗi cần sửa' });
    await summary.getByText(`Máy chủ từ chối tại entries[${law}].duration`).waitFor();
    await summary.getByText(`Mục ${law + 1} (${tooShort.entries[law].key})`).waitFor();
    expect((await admin.get('/catalogue')).body.version).toBe(before.version);
    await accessible(page, 'catalogue refused');
    await screenshot(page, 'admin-catalogue-refused');

    const policy = edited.entries.findIndex((e: any) => e.nature === 'POLICY');
    const changed = structuredClone(edited);
    changed.entries[policy].duration = { ...changed.entries[policy].duration, amount: changed.entries[policy].duration.amount + 1 };
    await page.getByLabel('Nội dung phiên bản mới (JSON)').fill(JSON.stringify(changed, null, 2));
    await page.getByRole('button', { name: 'Ban hành', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Đã ban hành phiên bản ${before.version + 1}.` })
      .waitFor();
    await page
      .getByTestId('catalogue-versions')
      .locator(`tr[data-version="${before.version + 1}"]`)
      .getByText('Thử rút ngắn thời hạn xác minh')
      .waitFor();
    const after = (await admin.get('/catalogue')).body;
    expect(after.version).toBe(before.version + 1);
    expect(after.entries[policy].duration).toEqual(changed.entries[policy].duration);

    // The comparison moves to the new version against the one before: the changed period, nothing added or removed.
    const comparison = page.getByTestId('catalogue-comparison');
    const change = comparison.locator(`[data-change="changed"] [data-entry-key="${changed.entries[policy].key}"]`);
    await change.waitFor();
    expect(await change.textContent()).toContain('thời hạn');
    expect(await comparison.locator('[data-change="changed"] li').count()).toBe(1);
    expect(await comparison.locator('[data-change="added"], [data-change="removed"]').count()).toBe(0);
    await accessible(page, 'catalogue comparison');

    // An older version reads as its own table.
    await page.getByRole('combobox', { name: 'Phiên bản', exact: true }).click();
    await page.getByRole('option', { name: `Phiên bản ${before.version}`, exact: true }).click();
    await page.getByText(`Danh mục thời hạn, phiên bản ${before.version}`).waitFor();
    await page.context().close();
  });

  it('adds a public holiday with the date picker and publishes its year', async () => {
    const admin = await system.as('admin');
    const page = await signInAsAdmin();
    await go(page, 'Lịch nghỉ lễ', 'Lịch nghỉ lễ');
    await page.getByTestId('calendar-affected').waitFor();
    await page.getByTestId('calendar-years').locator('tbody tr').first().waitFor();
    await accessible(page, 'calendar');
    await screenshot(page, 'admin-calendar');

    await page.locator('#holiday-date').click();
    await page.locator('#holiday-date').fill('02/09/2031');
    await page.getByLabel('Tên tiếng Việt').fill('Quốc khánh');
    await page.getByLabel('Tên tiếng Anh').fill('National Day');
    await page.getByRole('button', { name: 'Lưu ngày nghỉ' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã lưu ngày nghỉ 02/09/2031.' }).waitFor();
    expect((await admin.get('/calendar/holidays')).body).toEqual(
      expect.arrayContaining([expect.objectContaining({ date: '2031-09-02', nameVi: 'Quốc khánh', nameEn: 'National Day' })]),
    );

    const year = page.getByTestId('calendar-years').locator('tr[data-year="2031"]');
    // Replace: the row's "Sửa" fills the form, and saving the same date renames it.
    await year.getByRole('button', { name: 'Ngày nghỉ lễ năm 2031' }).click();
    await page.getByTestId('calendar-holidays').locator('tr[data-date="2031-09-02"]').getByRole('button', { name: 'Sửa' }).click();
    await page.waitForFunction(() => (globalThis as any).document.getElementById('holiday-date').value === '02/09/2031');
    await page.getByLabel('Tên tiếng Việt').fill('Quốc khánh (ngày 1)');
    await page.getByRole('button', { name: 'Lưu ngày nghỉ' }).click();
    await page.getByTestId('calendar-holidays').locator('tr[data-date="2031-09-02"]').getByText('Quốc khánh (ngày 1)').waitFor();
    expect((await admin.get('/calendar/holidays')).body.filter((h: any) => h.date === '2031-09-02')).toEqual([
      expect.objectContaining({ nameVi: 'Quốc khánh (ngày 1)', nameEn: 'National Day' }),
    ]);
    await year.getByText('Chưa công bố').waitFor();
    await year.getByRole('button', { name: 'Ngày nghỉ lễ năm 2031' }).click();
    await page.getByTestId('calendar-holidays').locator('tr[data-date="2031-09-02"]').getByText('02/09/2031').waitFor();
    await year.getByRole('button', { name: 'Công bố năm 2031' }).click();
    const dialog = page.getByRole('dialog', { name: 'Công bố lịch nghỉ lễ năm 2031' });
    await dialog.getByLabel(/Căn cứ/).fill('Quyết định nghỉ lễ năm 2031');
    await accessible(page, 'publish a year');
    await dialog.getByRole('button', { name: 'Công bố năm 2031' }).click();
    await year.getByText('Đã công bố').waitFor();
    expect((await admin.get('/calendar/years')).body.publishedYears).toContain(2031);
    await page.context().close();
  });

  it('switches every admin screen to English, is axe-clean there, and fits 375 px', async () => {
    const page = await signInAsAdmin();
    await page.getByText('English', { exact: true }).click();
    for (const [link, heading] of [
      ['Users', 'Users'],
      ['Agencies and units', 'Agencies and units'],
      ['Deadline catalogue', 'Deadline catalogue'],
      ['Holiday calendar', 'Holiday calendar'],
    ]) {
      await go(page, link, heading);
      await page.locator('table').first().locator('tbody tr').first().waitFor();
      await accessible(page, `${heading} in English`);
    }
    await page.getByText('Tiếng Việt', { exact: true }).click();
    await page.getByRole('heading', { name: 'Lịch nghỉ lễ', level: 1 }).waitFor();
    await page.context().close();

    const narrow = await signInAs(browser, system.http.baseUrl, 'admin', { context: { viewport: { width: 375, height: 800 } } });
    await narrow.getByRole('heading', { name: 'Người dùng', level: 1 }).waitFor();
    await narrow.getByTestId('users-table').locator('tbody tr').first().waitFor();
    const overflow = await narrow.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await accessible(narrow, 'users at 375 px');
    await screenshot(narrow, 'admin-users-375');
    await narrow.context().close();
  });
});
