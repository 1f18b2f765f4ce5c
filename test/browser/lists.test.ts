import type { Browser, Page } from 'playwright-core';
import { boundOf } from '../../web/src/screens/lists/date-bounds';
import { eventually } from '../support/eventually';
import { insertTaskRows } from '../support/insert-task-rows';
import { startTestSystem, TestSystem } from '../support/test-system';
import type { TestUsername } from '../support/test-users';
import { idempotencyKey, tipBody } from '../support/tip-requests';
import { ensureWebAppBuilt, launchBrowser } from './support/browser';
import { expectAccessible } from './support/expect-accessible';
import { screenshot } from './support/screenshot';
import { signIn as signInAs } from './support/sign-in';

const DAY = 86_400_000;
const daysFromNow = (days: number) => new Date(Date.now() + days * DAY);

/**
 * The duty desk's triage counts and the task, case and tip lists in a real browser against the real API: counts equal
 * the API's totals, each opens its list; filters live in the URL under the API's names and survive a reload; search
 * stays out of the URL; "Xem thêm" follows the API's cursor; an officer sees only the lists the role may read.
 */
describe('triage counts and lists in the browser', () => {
  let system: TestSystem;
  let browser: Browser;
  let tipReference: string;
  let caseReference: string;
  const location = `thôn Lists ${Date.now()}`;

  beforeAll(async () => {
    ensureWebAppBuilt();
    system = await startTestSystem();
    browser = await launchBrowser();
    // SO_Y_TE runs no workflow in this file: its queue holds exactly these rows. 60 on time (more than a page),
    // 3 overdue, 2 at risk (past 75 % of a period that started 10 days ago).
    await insertTaskRows(system.db, { count: 60, agencyCode: 'SO_Y_TE', status: 'OPEN', dueFrom: daysFromNow(20) });
    await insertTaskRows(system.db, { count: 3, agencyCode: 'SO_Y_TE', status: 'OPEN', dueFrom: daysFromNow(-2) });
    const atRisk = await insertTaskRows(system.db, { count: 2, agencyCode: 'SO_Y_TE', status: 'CLAIMED', dueFrom: daysFromNow(2) });
    // At risk counts from when the task was given (the reminder's rule, src/domain/due-state).
    await system.db.query(`UPDATE tasks SET starts_at = now() - interval '10 days', created_at = now() - interval '10 days' WHERE id = ANY($1)`, [
      atRisk,
    ]);

    const coordinator = await system.as('coordinator');
    const tip = await coordinator.post('/tips', tipBody({ location, urgency: 'URGENT' }), { 'Idempotency-Key': idempotencyKey() });
    expect(tip.status).toBe(201);
    tipReference = tip.body.reference;
    await eventually(
      async () => (await coordinator.get(`/tasks?processId=${tip.body.processId}`)).body.some((t: any) => t.stepType === 'TIP_VERIFY'),
      'the tip verification to start',
    );
    const opened = await coordinator.post('/cases', { charge: { article: 150, clause: 1 } });
    expect(opened.status).toBe(201);
    caseReference = opened.body.reference;
    const [{ id: caseId }] = await system.db.query(`SELECT id FROM cases WHERE reference = $1`, [caseReference]);
    const rescue = await insertTaskRows(system.db, { count: 1, agencyCode: 'VKS_TINH', status: 'OPEN', dueFrom: daysFromNow(5), caseId });
    await system.db.query(`UPDATE tasks SET process_type = 'RESCUE' WHERE id = ANY($1)`, [rescue]);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.close();
  });

  const signIn = (username: TestUsername, width = 1366): Promise<Page> =>
    signInAs(browser, system.http.baseUrl, username, { context: { viewport: { width, height: 900 } } });

  // One API sign-in per user for the whole file: logins are rate-limited.
  const tokens = new Map<TestUsername, string>();
  async function tokenOf(username: TestUsername): Promise<string> {
    if (!tokens.has(username)) tokens.set(username, ((await system.as(username)) as unknown as { token: string }).token);
    return tokens.get(username)!;
  }

  /** The API's rows and X-Total-Count for a list, as the signed-in user sees them. */
  async function fromApi(username: TestUsername, path: string): Promise<{ ids: string[]; total: number | null }> {
    const token = await tokenOf(username);
    const response = await fetch(`${system.http.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    const rows = (await response.json()) as Array<{ id?: string; caseId?: string }>;
    const total = response.headers.get('x-total-count');
    return { ids: rows.map((row) => (row.id ?? row.caseId)!).sort(), total: total === null ? null : Number(total) };
  }

  const shownTaskIds = async (page: Page) =>
    (
      await page
        .getByTestId('tasks-list')
        .locator('tbody tr')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-task-id')!))
    ).sort();
  const countText = (page: Page, key: string) => page.getByTestId(`triage-${key}`).getByTestId('triage-count').textContent();
  const query = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

  it('the triage counts equal the API totals; "Quá hạn" opens /tasks?overdue=true with the API rows', async () => {
    const page = await signIn('coordinator');
    await page.getByRole('heading', { name: 'Trực ban', level: 1 }).waitFor();
    const expected = {
      overdue: (await fromApi('coordinator', '/tasks?overdue=true&limit=1')).total,
      atRisk: (await fromApi('coordinator', '/tasks?atRisk=true&limit=1')).total,
      unassigned: (await fromApi('coordinator', '/tasks?status=OPEN&limit=1')).total,
      unacknowledged: (await fromApi('coordinator', '/escalations?limit=1')).total,
    };
    expect(expected.overdue).toBeGreaterThanOrEqual(3);
    expect(expected.atRisk).toBe(2);
    for (const [key, total] of Object.entries(expected)) {
      await eventually(async () => (await countText(page, key)) === String(total), `the ${key} count to show ${total}`);
    }
    await expectAccessible(page, 'duty desk with triage counts');
    await screenshot(page, 'duty-desk-triage');

    await page.getByTestId('triage-overdue').click();
    await page.getByRole('heading', { name: 'Việc', level: 1, exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/tasks');
    expect(query(page)).toEqual({ overdue: 'true' });
    const overdue = await fromApi('coordinator', '/tasks?overdue=true&limit=200');
    await eventually(async () => (await shownTaskIds(page)).join() === overdue.ids.join(), 'the overdue tasks to be listed');
    await page.getByTestId('tasks-list').getByText('Quá hạn').first().waitFor();
    await page
      .getByTestId('list-total')
      .filter({ hasText: `Tổng số: ${overdue.total}` })
      .waitFor();
    await expectAccessible(page, 'overdue tasks');

    // The duty desk's "Sắp đến hạn" gives the at-risk rows.
    await page.goBack();
    await page.getByTestId('triage-atRisk').click();
    await page.waitForURL((url) => url.pathname === '/tasks' && url.search === '?atRisk=true');
    const atRisk = await fromApi('coordinator', '/tasks?atRisk=true');
    await eventually(async () => (await shownTaskIds(page)).join() === atRisk.ids.join(), 'the at-risk tasks to be listed');
    await page.context().close();
  });

  it('filters change the URL and the rows, a reload keeps them, and "Xem thêm" loads the next page', async () => {
    const page = await signIn('coordinator');
    await page.getByRole('heading', { name: 'Trực ban', level: 1 }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Việc', exact: true }).click();
    await page.getByRole('heading', { name: 'Việc', level: 1, exact: true }).waitFor();

    await page.locator('#filter-agencyCode').click();
    await page.getByRole('option', { name: 'Sở Y tế tỉnh Lâm Đồng' }).click();
    await page.waitForURL((url) => url.searchParams.get('agencyCode') === 'SO_Y_TE');
    const health = await fromApi('coordinator', '/tasks?agencyCode=SO_Y_TE&limit=200');
    expect(health.total).toBe(65);
    await page.getByTestId('list-total').filter({ hasText: 'Tổng số: 65 · đang hiển thị 50' }).waitFor();
    expect(await shownTaskIds(page)).toHaveLength(50);
    await page.getByRole('button', { name: /Xem thêm/ }).click();
    await page.getByTestId('list-total').filter({ hasText: 'Tổng số: 65 · đang hiển thị 65' }).waitFor();
    expect(await shownTaskIds(page)).toEqual(health.ids);
    await expect(page.getByRole('button', { name: /Xem thêm/ }).count()).resolves.toBe(0);

    await page.locator('#filter-due').click();
    await page.getByRole('option', { name: 'Quá hạn' }).click();
    await page.waitForURL((url) => url.searchParams.get('dueState') === 'OVERDUE');
    expect(query(page)).toEqual({ agencyCode: 'SO_Y_TE', dueState: 'OVERDUE' });
    const healthOverdue = await fromApi('coordinator', '/tasks?agencyCode=SO_Y_TE&dueState=OVERDUE');
    expect(healthOverdue.ids).toHaveLength(3);
    await eventually(async () => (await shownTaskIds(page)).join() === healthOverdue.ids.join(), 'the filtered rows');
    await expectAccessible(page, 'tasks filtered');

    // A reload is a browser navigation to /tasks: the app, not the API's JSON, with the same filters and rows.
    await page.reload();
    await page.getByRole('heading', { name: 'Việc', level: 1, exact: true }).waitFor();
    expect(query(page)).toEqual({ agencyCode: 'SO_Y_TE', dueState: 'OVERDUE' });
    // The select shows the agency's name once GET /agencies has answered.
    await eventually(async () => (await page.locator('#filter-agencyCode').inputValue()) === 'Sở Y tế tỉnh Lâm Đồng', 'the agency by name');
    await eventually(async () => (await shownTaskIds(page)).join() === healthOverdue.ids.join(), 'the same rows after a reload');
    await screenshot(page, 'tasks-list');
    // A deep link opened afresh (/tasks?dueState=OVERDUE): the filtered list, and the filter saying it in words.
    await page.goto(`${system.http.baseUrl}/tasks?dueState=OVERDUE`);
    await page.getByRole('heading', { name: 'Việc', level: 1, exact: true }).waitFor();
    await eventually(async () => (await page.locator('#filter-due').inputValue()) === 'Quá hạn', 'the due filter to read Quá hạn');
    const allOverdue = await fromApi('coordinator', '/tasks?dueState=OVERDUE&limit=50');
    expect(allOverdue.ids.length).toBeGreaterThanOrEqual(3);
    await eventually(async () => (await shownTaskIds(page)).join() === allOverdue.ids.join(), 'the overdue rows of a deep link');
    expect(query(page)).toEqual({ dueState: 'OVERDUE' });
    // fetch from a script still gets the API's JSON at the same address.
    const api = await page.evaluate(async () =>
      (await fetch('/tasks?overdue=true', { headers: { accept: 'text/html' } })).headers.get('content-type'),
    );
    expect(api).toContain('application/json');

    // A task's row opens its case's page.
    await page.goto(`${system.http.baseUrl}/tasks?processKind=RESCUE`);
    const rescueWord = await label('processKinds', 'RESCUE');
    await eventually(async () => (await page.locator('#filter-processKind').inputValue()) === rescueWord, 'the process kind in words');
    const rescues = await fromApi('coordinator', '/tasks?processKind=RESCUE');
    expect(rescues.ids).toHaveLength(1);
    await eventually(async () => (await shownTaskIds(page)).join() === rescues.ids.join(), 'the rescue task');
    await page.getByTestId('tasks-list').locator('tbody tr').first().locator('td').first().click();
    await page.getByRole('heading', { name: `Hồ sơ ${caseReference}`, level: 1 }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { name: 'Việc', level: 1, exact: true }).waitFor();

    // Cases: a filter in the URL, and a row opens the case page by its reference.
    await page.getByRole('navigation').getByRole('link', { name: 'Vụ việc', exact: true }).click();
    await page.getByRole('heading', { name: 'Vụ việc, vụ án', level: 1 }).waitFor();
    await page.locator('#filter-status').click();
    await page.getByRole('option', { name: (await label('caseStatuses', 'OPEN')) as string }).click();
    await page.waitForURL((url) => url.searchParams.get('status') === 'OPEN');
    const openCases = await fromApi('coordinator', '/cases?status=OPEN');
    await page.getByTestId('cases-list').getByRole('link', { name: caseReference }).waitFor();
    await expect(page.getByTestId('cases-list').locator('tbody tr').count()).resolves.toBe(openCases.ids.length);
    await expectAccessible(page, 'cases list');
    await screenshot(page, 'cases-list');
    await page
      .getByTestId('cases-list')
      .getByRole('row', { name: new RegExp(caseReference) })
      .locator('td')
      .nth(1)
      .click();
    await page.getByRole('heading', { name: `Hồ sơ ${caseReference}`, level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/case/${caseReference}`);
    await page.context().close();
  });

  async function label(list: string, value: string): Promise<string | undefined> {
    const labels = (await system.http.get('/labels')).body;
    return labels[list].find((l: any) => l.value === value)?.vi;
  }

  it('finds a tip by its reference without putting the search in the URL; tip filters and dates dd/MM/yyyy', async () => {
    const page = await signIn('coordinator');
    await page.getByRole('heading', { name: 'Trực ban', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Xem tất cả nguồn tin' }).click();
    await page.getByRole('heading', { name: 'Tin báo, nguồn tin', level: 1 }).waitFor();
    await page.getByRole('searchbox', { name: 'Tìm theo số hiệu, nội dung hoặc địa điểm' }).fill(tipReference);
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    const rows = page.getByTestId('tips-list').locator('tbody tr');
    await eventually(async () => (await rows.count()) === 1 && ((await rows.first().textContent()) ?? '').includes(tipReference), 'one row: the tip');
    expect(page.url()).not.toContain(encodeURIComponent(tipReference));
    expect(query(page)).toEqual({});

    await page.locator('#filter-urgency').click();
    await page.getByRole('option', { name: (await label('tipUrgencies', 'URGENT')) as string }).click();
    await page.waitForURL((url) => url.searchParams.get('urgency') === 'URGENT');
    await expectAccessible(page, 'tips list searched and filtered');

    // A period from the URL shows as days in dd/MM/yyyy; a day typed so is sent as the next day's start (exclusive).
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const from = boundOf(today, 'from');
    await page.goto(`${system.http.baseUrl}/tips?receivedFrom=${encodeURIComponent(from)}`);
    await page.getByRole('heading', { name: 'Tin báo, nguồn tin', level: 1 }).waitFor();
    const day = `${today.slice(8, 10)}/${today.slice(5, 7)}/${today.slice(0, 4)}`;
    await eventually(async () => (await page.locator('#filter-receivedFrom').inputValue()) === day, 'the day dd/MM/yyyy');
    const received = await fromApi('coordinator', `/tips?receivedFrom=${encodeURIComponent(from)}`);
    await eventually(async () => (await rows.count()) === received.ids.length, 'the tips received today');
    await page.locator('#filter-receivedTo').fill(day);
    await page.locator('#filter-receivedTo').blur();
    await page.waitForURL((url) => url.searchParams.get('receivedTo') === boundOf(today, 'to'));
    await screenshot(page, 'tips-list');
    await page.context().close();
  });

  it('an officer sees only the lists the role may read, at 375 px; the language switch relabels the list', async () => {
    const page = await signIn('officer', 375);
    await page.getByRole('heading', { name: 'Việc cần xử lý', level: 1 }).waitFor();
    await page.goto(`${system.http.baseUrl}/tasks`);
    await page.getByRole('heading', { name: 'Việc', level: 1, exact: true }).waitFor();
    // Their own agency's tasks, as the API scopes them; no agency filter.
    const own = await fromApi('officer', '/tasks?limit=200');
    await eventually(async () => (await shownTaskIds(page)).join() === own.ids.join(), "the officer's tasks");
    await expect(page.locator('#filter-agencyCode').count()).resolves.toBe(0);
    await expectAccessible(page, 'tasks list at 375 px');
    await screenshot(page, 'tasks-list-375');
    // On a phone the navigation folds behind a button.
    await page.getByRole('button', { name: 'Mở menu điều hướng' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Vụ việc', exact: true }).click();
    await page.getByRole('heading', { name: 'Vụ việc, vụ án', level: 1 }).waitFor();
    await expectAccessible(page, 'cases list at 375 px');
    await screenshot(page, 'cases-list-375');

    // Tips are the duty desk's: the address falls back to the officer's landing screen.
    await page.goto(`${system.http.baseUrl}/tips`);
    await page.getByRole('heading', { name: 'Việc cần xử lý', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/inbox');
    await page.setViewportSize({ width: 1366, height: 900 });
    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: 'Vụ việc', exact: true }).waitFor();
    await expect(nav.getByRole('link', { name: 'Tin báo' }).count()).resolves.toBe(0);
    await expect(nav.getByRole('link', { name: 'Trực ban' }).count()).resolves.toBe(0);

    await nav.getByRole('link', { name: 'Việc', exact: true }).click();
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('heading', { name: 'All tasks', level: 1 }).waitFor();
    await expect(page.locator('label[for="filter-status"]').textContent()).resolves.toBe('Status');
    await expect(page.locator('label[for="filter-due"]').textContent()).resolves.toBe('Due date');
    await expectAccessible(page, 'tasks list in English');
    await screenshot(page, 'tasks-list-en');
    await page.getByText('Tiếng Việt', { exact: true }).click();
    await page.getByRole('heading', { name: 'Việc', level: 1, exact: true }).waitFor();
    await page.context().close();
  });

  it('the register-tip form: danger offers the rescue path, the tipster is masked until shown, Enter does not send it', async () => {
    const page = await signIn('coordinator');
    await page.getByRole('heading', { name: 'Trực ban', level: 1 }).waitFor();
    const masking = (label: string) =>
      page.getByLabel(label).evaluate((input) => (globalThis as any).getComputedStyle(input).getPropertyValue('-webkit-text-security'));
    await expect(masking('Họ và tên')).resolves.toBe('disc');
    await expect(masking('Số điện thoại')).resolves.toBe('disc');
    await page.getByRole('button', { name: 'Hiện thông tin người cung cấp tin' }).click();
    await expect(masking('Họ và tên')).resolves.toBe('none');
    await expect(page.getByLabel('Họ và tên').getAttribute('autocomplete')).resolves.toBe('off');
    await page.getByRole('button', { name: 'Ẩn thông tin người cung cấp tin' }).click();
    await expect(masking('Họ và tên')).resolves.toBe('disc');

    await page.getByLabel('Địa điểm').fill('xã Quảng Trực');
    await page.getByLabel('Địa điểm').press('Enter');
    // A submission would show the error summary at once (the danger question is unanswered): Enter sent nothing.
    await expect(page.getByRole('alert').filter({ hasText: 'Có lỗi cần sửa' }).count()).resolves.toBe(0);

    await expect(page.getByTestId('rescue-path').count()).resolves.toBe(0);
    await page.getByRole('radio', { name: 'Có' }).check();
    await page.getByTestId('rescue-path').filter({ hasText: 'Quyết định giải cứu khẩn cấp' }).waitFor();
    await expectAccessible(page, 'register tip with a victim in danger');
    await screenshot(page, 'register-tip-danger');
    await page.setViewportSize({ width: 375, height: 800 });
    await expectAccessible(page, 'duty desk at 375 px');
    await screenshot(page, 'duty-desk-375');
    await page.context().close();
  });
});
