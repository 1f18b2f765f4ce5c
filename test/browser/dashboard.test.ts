import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { TipStepType } from '../../src/domain/tip/tip-step-type';
import { eventually } from '../support/eventually';
import { HttpClient } from '../support/http-client';
import { insertTaskRows } from '../support/insert-task-rows';
import { openTask } from '../support/open-task';
import { startTestSystem, TestSystem } from '../support/test-system';
import { TEST_PASSWORD } from '../support/test-users';
import { idempotencyKey, tipBody } from '../support/tip-requests';
import { ensureWebAppBuilt, launchBrowser, newContext } from './support/browser';
import { signIn as signInAs } from './support/sign-in';
import { expectAccessible } from './support/expect-accessible';
import { readmeScreenshot, screenshot } from './support/screenshot';

const DAY = 86_400_000;

/** The numbers in one of the dashboard's tables, by row key, as the page shows them. */
async function tableFigures(page: Page, testId: string): Promise<Record<string, number[]>> {
  const rows = page.getByTestId(testId).locator('tbody tr');
  const figures: Record<string, number[]> = {};
  for (const row of await rows.all()) {
    const key = (await row.getAttribute('data-row'))!;
    figures[key] = (await row.locator('td[data-column]').allTextContents()).map((text) => Number(text.replace(/\./g, '')));
  }
  return figures;
}

/** A number as the dashboard writes it (vi-VN: 1.234 and 85,7; a dash when nothing was measured). */
const shownNumber = (text: string): number | null => (text.trim() === '—' ? null : Number(text.trim().replace(/\./g, '').replace(',', '.')));

/** The numbers in a table that may hold decimals and dashes, by row key. */
async function tableNumbers(page: Page, testId: string): Promise<Record<string, (number | null)[]>> {
  const figures: Record<string, (number | null)[]> = {};
  for (const row of await page.getByTestId(testId).locator('tbody tr').all())
    figures[(await row.getAttribute('data-row'))!] = (await row.locator('td[data-column]').allTextContents()).map(shownNumber);
  return figures;
}

/** The href of the link in a table cell. */
const cellLink = (page: Page, testId: string, row: string, column: number) =>
  page.getByTestId(testId).locator(`tr[data-row="${row}"] td[data-column="${column}"] a`).getAttribute('href');

/** dd/MM/yyyy of a calendar day YYYY-MM-DD. */
const ddmmyyyy = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

/**
 * Leadership's dashboard in a real browser: the figures it shows are the API's for the same period, the period
 * selector asks again, and the XLSX downloads with the browser's cookie session and Vietnamese headers.
 */
describe('dashboard in the browser', () => {
  let system: TestSystem;
  let browser: Browser;
  let coordinator: HttpClient;

  beforeAll(async () => {
    ensureWebAppBuilt();
    system = await startTestSystem();
    browser = await launchBrowser();
    coordinator = await system.as('coordinator');
    const officer = await system.as('officer');
    const now = Date.now();
    const register = async (receivedAgoDays: number) =>
      (
        await coordinator.post('/tips', tipBody({ receivedAt: new Date(now - receivedAgoDays * DAY).toISOString() }), {
          'Idempotency-Key': idempotencyKey(),
        })
      ).body;
    await register(45); // open, its 20 days long past: overdue
    const resolved = await register(0);
    await register(0);
    const task = await openTask(officer, resolved.processId, TipStepType.VERIFY);
    expect(
      (
        await officer.post(`/tasks/${task.id}/complete`, {
          outcome: { decision: 'UNFOUNDED', findings: 'Không có dấu hiệu', reason: 'Không có căn cứ' },
        })
      ).status,
    ).toBe(200);
    await eventually(
      async () => (await coordinator.get(`/tasks?state=closed&stepType=${TipStepType.VERIFY}`)).body.length >= 1,
      'the verification recorded as closed',
    );
    // Well past a page of open work (projection rows; the real tips above run their workflows): 230 at the health
    // department, overdue, at risk (created 10 days ago, due in 2), on time and paused.
    await insertTaskRows(system.db, { count: 80, agencyCode: 'SO_Y_TE', status: 'OPEN', dueFrom: new Date(now + 20 * DAY) });
    await insertTaskRows(system.db, { count: 70, agencyCode: 'SO_Y_TE', status: 'OPEN', dueFrom: new Date(now - 3 * DAY) });
    const atRisk = await insertTaskRows(system.db, { count: 60, agencyCode: 'SO_Y_TE', status: 'OPEN', dueFrom: new Date(now + 2 * DAY) });
    await system.db.query(`UPDATE tasks SET created_at = now() - interval '10 days' WHERE id = ANY($1)`, [atRisk]);
    const paused = await insertTaskRows(system.db, { count: 20, agencyCode: 'SO_Y_TE', status: 'OPEN', dueFrom: new Date(now + 5 * DAY) });
    await system.db.query(`UPDATE tasks SET internal_pause_since = now() WHERE id = ANY($1)`, [paused]);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.close();
  });

  const signIn = (username: string): Promise<Page> =>
    signInAs(browser, system.http.baseUrl, username, { context: { viewport: { width: 1280, height: 800 }, acceptDownloads: true } });

  it('the coordinator reaches the dashboard from the duty desk; the officer has no dashboard', async () => {
    const desk = await signIn('coordinator');
    await desk.getByRole('heading', { name: 'Trực ban', level: 1 }).waitFor();
    await desk.getByTestId('tips-table').locator('tbody tr').first().waitFor();
    await readmeScreenshot(desk, 'duty-desk');
    await desk.getByRole('link', { name: 'Tổng hợp, thống kê' }).click();
    await desk.getByRole('heading', { name: 'Tổng hợp, thống kê', level: 1 }).waitFor();
    await desk.getByTestId('deadlines-by-agency').waitFor();
    // axe judges the page at rest, not the link still under the pointer.
    await desk.mouse.move(640, 400);
    await expectAccessible(desk, 'dashboard (coordinator)');
    await desk.context().close();

    const inbox = await signIn('officer');
    await inbox.getByRole('heading', { name: 'Việc cần xử lý', level: 1 }).waitFor();
    await inbox.locator('tr[data-step-type="TIP_VERIFY"]').first().waitFor();
    await readmeScreenshot(inbox, 'inbox');
    expect(await inbox.getByRole('link', { name: 'Tổng hợp, thống kê' }).count()).toBe(0);
    await inbox.context().close();
  });

  it('shows the API’s figures for the chosen period and downloads them as XLSX and CSV', async () => {
    const context = await newContext(browser, { viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(system.http.baseUrl);
    await page.getByLabel('Tên đăng nhập').fill('leadership');
    await page.getByLabel('Mật khẩu').fill(TEST_PASSWORD);
    const firstFigures = page.waitForResponse((response) => new URL(response.url()).pathname === '/statistics');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: 'Tổng hợp, thống kê', level: 1 }).waitFor();
    await firstFigures;
    await page.getByTestId('tip-figures').waitFor();
    await expectAccessible(page, 'dashboard');

    // Year: the period the overdue tip (45 days ago) may fall in; the page's own request is asked again through the API.
    const yearFigures = page.waitForResponse((response) => new URL(response.url()).pathname === '/statistics');
    await page.getByText('Năm nay', { exact: true }).click();
    const request = new URL((await yearFigures).url());
    await page.getByTestId('tip-figures').waitFor();
    const leadership = await system.as('leadership');
    const api = (await leadership.get(`/statistics${request.search}`)).body;
    expect(api.tips.received).toBeGreaterThanOrEqual(2);

    const tips = await tableFigures(page, 'tip-figures');
    for (const key of ['received', 'resolved', 'resolvedOnTime', 'resolvedLate', 'confirmed', 'unfounded'])
      expect({ key, value: tips[key]?.[0] }).toEqual({ key, value: api.tips[key] });
    const deadlines = await tableFigures(page, 'deadlines-by-agency');
    const expected = Object.fromEntries(
      api.deadlinesByAgency.map((row: any) => [row.agencyCode, [row.openOverdue, row.openInTime, row.closedOnTime, row.closedLate]]),
    );
    expect(deadlines).toEqual(expected);
    expect(deadlines.CA_TINH_CSDT?.[0]).toBeGreaterThanOrEqual(1); // the tip received 45 days ago
    const outcomes = await tableFigures(page, 'outcome-figures');
    expect(outcomes.identified).toEqual([api.victims.identified]);
    expect(outcomes.rescues).toEqual([api.rescues.carriedOut]);
    expect(outcomes.casesProsecuted).toEqual([api.prosecution.casesProsecuted]);
    expect(outcomes.casesTried).toEqual([api.prosecution.casesTried]);
    // Open work, counted by the server over more than 200 open tasks: each number the page shows is the total of the
    // list it links to (X-Total-Count), in all, by process and by agency, in each due state.
    const total = async (href: string) => {
      const response = await leadership.get(`${href}${href.includes('?') ? '&' : '?'}limit=1`);
      expect(response.status).toBe(200);
      return Number(response.headers!['x-total-count']);
    };
    const summary = (await leadership.get('/tasks/summary')).body;
    expect(summary.all.open).toBeGreaterThan(200);
    const totals = await tableFigures(page, 'open-work-totals');
    expect(totals).toEqual(
      Object.fromEntries(['open', 'overdue', 'atRisk', 'onTime', 'paused', 'escalated'].map((key) => [key, [summary.all[key]]])),
    );
    for (const key of Object.keys(totals))
      expect({ key, listed: await total((await cellLink(page, 'open-work-totals', key, 0))!) }).toEqual({ key, listed: totals[key][0] });
    for (const group of ['processType', 'agencyCode']) {
      const shown = await tableFigures(page, `open-work-by-${group}`);
      const rows = group === 'processType' ? summary.byProcess : summary.byAgency;
      expect(shown).toEqual(Object.fromEntries(rows.map((row: any) => [row.key, [row.overdue, row.atRisk, row.onTime, row.paused]])));
      for (const [key, values] of Object.entries(shown))
        for (const [column, value] of values.entries())
          expect({ group, key, column, listed: await total((await cellLink(page, `open-work-by-${group}`, key, column))!) }).toEqual({
            group,
            key,
            column,
            listed: value,
          });
    }
    expect((await tableFigures(page, 'open-work-by-agencyCode')).SO_Y_TE).toEqual([70, 60, 80, 20]);
    expect((await tableFigures(page, 'open-work-by-processType')).TIP_VERIFICATION?.[0]).toBeGreaterThanOrEqual(71);
    await page.getByTestId('open-work-by-processType').getByRole('rowheader', { name: 'Xác minh nguồn tin' }).waitFor();
    await page
      .getByTestId('deadlines-by-agency')
      .getByRole('rowheader', { name: /Cơ quan Cảnh sát điều tra/ })
      .waitFor();
    await expectAccessible(page, 'dashboard, this year');
    await readmeScreenshot(page, 'dashboard');
    await screenshot(page, 'dashboard');

    // The export asks first whether the tips' narratives are needed (docs/security.md); without them, straight on.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải về Excel (.xlsx)' }).click();
    await page.getByRole('dialog').getByRole('link', { name: 'Tải xuống' }).click();
    const file = await (await download).path();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(file) as any);
    const sheet = workbook.getWorksheet('Thống kê')!;
    const rows = sheet.getSheetValues().map((row) => (Array.isArray(row) ? row.slice(1).map(String) : []));
    expect(rows).toContainEqual(['Nhóm chỉ tiêu', 'Chỉ tiêu', 'Đơn vị', 'Giá trị']);
    const csv = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải về CSV' }).click();
    await page.getByRole('dialog').getByRole('link', { name: 'Tải xuống' }).click();
    expect(readFileSync(await (await csv).path(), 'utf8')).toContain('Nhóm chỉ tiêu,Chỉ tiêu,Đơn vị,Giá trị');
    await context.close();
  });

  it('shows the programme targets and the charts’ numbers as the API gives them, with drill-down links to the lists', async () => {
    const page = await signIn('leadership');
    await page.getByRole('heading', { name: 'Tổng hợp, thống kê', level: 1 }).waitFor();
    await page.getByTestId('kpi-tipsReceived').waitFor();
    const yearFigures = page.waitForResponse((response) => new URL(response.url()).pathname === '/statistics');
    await page.getByText('Năm nay', { exact: true }).click();
    const request = new URL((await yearFigures).url());
    expect(request.searchParams.get('by')).toBe('month');
    await page.getByTestId('chart-compliance').waitFor();
    const leadership = await system.as('leadership');
    const api = (await leadership.get(`/statistics${request.search}`)).body;

    // KPI tiles: the share, its basis and the verdict in words, as the API computed them.
    for (const kpi of api.kpis) {
      const tile = page.getByTestId(`kpi-${kpi.key}`);
      expect({ key: kpi.key, met: await tile.getAttribute('data-met') }).toEqual({ key: kpi.key, met: String(kpi.met) });
      const percent = await tile.getByTestId('kpi-percent').textContent();
      expect({ key: kpi.key, percent: kpi.percent === null ? percent : shownNumber(percent!.replace(' %', '')) }).toEqual({
        key: kpi.key,
        percent: kpi.percent === null ? 'Chưa có số liệu' : kpi.percent,
      });
      expect(await tile.getByTestId('kpi-basis').textContent()).toContain(`${kpi.numerator}/${kpi.denominator}`);
      if (kpi.met !== null) expect(await tile.getByTestId('kpi-verdict').textContent()).toBe(kpi.met ? 'Đạt chỉ tiêu' : 'Chưa đạt chỉ tiêu');
    }
    const received = api.kpis.find((kpi: any) => kpi.key === 'tipsReceived');
    expect(received.denominator).toBeGreaterThanOrEqual(3);
    expect(await page.getByTestId('kpi-tipsResolved').getByTestId('kpi-target').textContent()).toBe('Chỉ tiêu: trên 90 %');
    expect(await page.getByTestId('kpi-casesProsecuted').getByTestId('kpi-target').textContent()).toBe('Chỉ tiêu: ít nhất 95 %');

    // The charts are drawn (SVG, described for screen readers); their table view holds the API's monthly numbers.
    const chart = page.getByTestId('chart-compliance-chart');
    await chart.locator('svg').waitFor();
    expect(await chart.getAttribute('role')).toBe('img');
    expect(await chart.getAttribute('aria-label')).toContain('Giải quyết đúng thời hạn luật định theo tháng');
    await expectAccessible(page, 'dashboard with charts');
    await page.getByTestId('chart-compliance').getByLabel('Xem dạng bảng').check();
    await page.getByTestId('chart-durations').getByLabel('Xem dạng bảng').check();
    await page.getByTestId('chart-by-agency').getByLabel('Xem dạng bảng').check();
    expect(await tableNumbers(page, 'chart-compliance-table')).toEqual(
      Object.fromEntries(api.series.map((m: any) => [m.month, [m.closedOnTime, m.closedLate, m.compliancePercent]])),
    );
    expect(api.series).toHaveLength(new Date(Date.now() + 7 * 3600_000).getUTCMonth() + 1);
    expect(api.series.reduce((sum: number, m: any) => sum + m.closedOnTime + m.closedLate, 0)).toBeGreaterThanOrEqual(1);
    expect(await tableNumbers(page, 'chart-durations-table')).toEqual(
      Object.fromEntries(
        api.series.map((m: any) => [m.month, ['toVerify', 'toRescue', 'toRepatriate', 'toIndictment'].map((key) => m.durations[key].medianDays)]),
      ),
    );
    const summary = (await leadership.get('/tasks/summary')).body;
    const byAgency = await tableNumbers(page, 'chart-by-agency-table');
    expect(byAgency).toEqual(Object.fromEntries(summary.byAgency.map((row: any) => [row.key, [row.overdue, row.atRisk]])));
    expect(byAgency.SO_Y_TE).toEqual([70, 60]);
    expect(await page.getByTestId('chart-compliance-table-source').textContent()).toMatch(
      /^Nguồn: hệ thống, số liệu tại \d\d\/\d\d\/\d{4} \d\d:\d\d\.$/,
    );
    await expectAccessible(page, 'dashboard, charts as tables');

    // Every number leads to its list, with the list screens' query names.
    expect(await cellLink(page, 'deadlines-by-agency', 'CA_TINH_CSDT', 0)).toBe('/tasks?agencyCode=CA_TINH_CSDT&overdue=true');
    expect(await cellLink(page, 'open-work-by-processType', 'TIP_VERIFICATION', 0)).toBe('/tasks?processKind=TIP_VERIFICATION&dueState=OVERDUE');
    expect(await cellLink(page, 'open-work-by-agencyCode', 'CA_TINH_CSDT', 1)).toBe('/tasks?agencyCode=CA_TINH_CSDT&dueState=AT_RISK');
    expect(await cellLink(page, 'open-work-by-agencyCode', 'SO_Y_TE', 3)).toBe('/tasks?agencyCode=SO_Y_TE&dueState=PAUSED');
    expect(await cellLink(page, 'open-work-totals', 'escalated', 0)).toBe('/tasks?escalated=true');
    expect(await cellLink(page, 'chart-by-agency-table', 'CA_TINH_CSDT', 0)).toBe('/tasks?agencyCode=CA_TINH_CSDT&dueState=OVERDUE');
    expect(await cellLink(page, 'outcome-figures', 'casesProsecuted', 0)).toBe('/cases');
    const tipsLink = new URL((await page.getByTestId('kpi-tipsReceived').getByRole('link').getAttribute('href'))!, system.http.baseUrl);
    expect(tipsLink.pathname).toBe('/tips');
    expect(Object.fromEntries(tipsLink.searchParams)).toEqual({ receivedFrom: api.from, receivedTo: api.to });
    expect(await cellLink(page, 'tip-figures', 'received', 0)).toBe(tipsLink.pathname + tipsLink.search);
    // A drill-down moves within the app (no reload: the page's own marker survives).
    await page.evaluate(() => ((globalThis as any).stayedInApp = true));
    await page.getByTestId('deadlines-by-agency').locator('tr[data-row="CA_TINH_CSDT"] td[data-column="0"] a').click();
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => (globalThis as any).stayedInApp)).toBe(true);
    await page.context().close();
  });

  it('a paused task reads Tạm dừng in the list a dashboard figure opens, with its deadline and no days left', async () => {
    const page = await signIn('leadership');
    await page.getByTestId('open-work-by-agencyCode').locator('tr[data-row="SO_Y_TE"] td[data-column="3"] a').click();
    await page.getByRole('heading', { name: 'Việc', level: 1 }).waitFor();
    const rows = page.locator('tbody tr');
    await rows.first().locator('[data-due-state]').waitFor();
    expect(new URL(page.url()).search).toBe('?agencyCode=SO_Y_TE&dueState=PAUSED');
    const cells = await rows.locator('[data-due-state]').all();
    expect(cells.length).toBe(20);
    for (const cell of cells) {
      expect(await cell.getAttribute('data-due-state')).toBe('PAUSED');
      const text = (await cell.textContent())!;
      expect(text).toMatch(/^(hết ngày )?\d\d\/\d\d\/\d{4}( \d\d:\d\d)?Tạm dừng$/);
      expect(text).not.toContain('còn');
    }
    await page.context().close();
  });

  it('answers a custom period entered as dd/MM/yyyy, refuses one that ends before it starts, and switches language', async () => {
    const page = await signIn('leadership');
    await page.getByTestId('kpi-tipsReceived').waitFor();
    await page.getByText('Tùy chọn', { exact: true }).click();
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    const first = new Date(Date.now() + 7 * 3600_000 - 50 * DAY).toISOString().slice(0, 10);
    const from = page.getByRole('textbox', { name: 'Từ ngày' });
    const to = page.getByRole('textbox', { name: 'Đến ngày' });
    await to.fill(ddmmyyyy(today));
    await to.press('Tab');
    const figures = page.waitForResponse(
      (response) =>
        new URL(response.url()).pathname === '/statistics' &&
        new URL(response.url()).searchParams.get('from') === new Date(`${first}T00:00:00+07:00`).toISOString(),
    );
    await from.fill(ddmmyyyy(first));
    await from.press('Tab');
    const request = new URL((await figures).url());
    const dayAfter = new Date(Date.parse(`${today}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
    expect(request.searchParams.get('to')).toBe(new Date(`${dayAfter}T00:00:00+07:00`).toISOString());
    const api = (await (await system.as('leadership')).get(`/statistics${request.search}`)).body;
    await page.getByTestId('period-as-of').getByText(ddmmyyyy(first), { exact: false }).waitFor();
    const tips = await tableFigures(page, 'tip-figures');
    expect(tips.received).toEqual([api.tips.received]);
    expect(api.tips.received).toBeGreaterThanOrEqual(3); // all three tips: 45 days ago and today
    // The export asks first (narratives or not); its download is for the same period.
    await page.getByRole('button', { name: 'Tải về Excel (.xlsx)' }).click();
    const exportDialog = page.getByRole('dialog');
    expect(await exportDialog.getByRole('link', { name: 'Tải xuống' }).getAttribute('href')).toContain(`from=${encodeURIComponent(api.from)}`);
    await exportDialog.getByRole('button', { name: 'Hủy' }).click();
    await exportDialog.waitFor({ state: 'detached' });
    await expectAccessible(page, 'dashboard, custom period');

    await from.fill(ddmmyyyy(dayAfter));
    await from.press('Tab');
    await page.getByText('Ngày bắt đầu phải trước hoặc trùng ngày kết thúc').waitFor();
    await expectAccessible(page, 'dashboard, custom period refused');

    await page.getByText('English', { exact: true }).click();
    await page.getByText('The start date must be on or before the end date').waitFor();
    await page.getByRole('textbox', { name: 'From' }).fill(ddmmyyyy(first));
    await page.getByRole('textbox', { name: 'From' }).press('Tab');
    await page.getByRole('heading', { name: 'Programme targets in the period' }).waitFor();
    await page.getByRole('heading', { name: 'Escalation ladder' }).waitFor();
    for (const label of ['Reminder', 'Agency head', 'Standing agency', 'Provincial leaders'])
      await page.getByTestId('escalation-ladder').getByText(label, { exact: false }).first().waitFor();
    expect(await page.getByTestId('chart-compliance').getByLabel('Show as table').count()).toBe(1);
    expect(await page.getByText('Xem dạng bảng').count()).toBe(0);
    expect(await page.getByText('Chỉ tiêu của chương trình trong kỳ').count()).toBe(0);
    await expectAccessible(page, 'dashboard in English');

    // On a phone (375 px) nothing but the tables' own scroll areas is wider than the screen.
    await page.setViewportSize({ width: 375, height: 800 });
    await page.getByRole('heading', { name: 'Programme targets in the period' }).waitFor();
    // The charts follow the new width when their resize observer fires: wait for the layout to settle, then hold it.
    await page
      .waitForFunction(() => (globalThis as any).document.documentElement.scrollWidth <= 375, undefined, { timeout: 10_000 })
      .catch(() => undefined);
    expect(await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectAccessible(page, 'dashboard at 375 px');
    await page.context().close();
  });

  it('provincial leadership acknowledges an escalation that reached it, with a note, from the dashboard', async () => {
    const leadership = await system.as('leadership');
    // The language follows the account, and an earlier test switched leadership to English.
    expect((await leadership.put('/me/language', { language: 'vi' })).status).toBe(204);
    const reached = await eventually(async () => {
      const open = (await leadership.get('/escalations?state=open&limit=200')).body as any[];
      return open.find((escalation) => escalation.target === 'LEADERSHIP');
    }, 'an escalation up to provincial leadership (the tip overdue for 25 days)');
    const page = await signIn('leadership');
    const row = page.locator(`tr[data-task-id="${reached.taskId}"]`);
    await row.getByRole('button', { name: 'Xác nhận đã nắm' }).waitFor();
    // Who was notified on each rung, and when.
    await row
      .locator('li[data-target="AGENCY_HEAD"]')
      .getByText(/Thủ trưởng cơ quan – .*: báo lúc \d\d\/\d\d\/\d{4} \d\d:\d\d/)
      .waitFor();
    await row
      .locator('li[data-target="LEADERSHIP"]')
      .getByText(/Lãnh đạo tỉnh: báo lúc .*, chưa xác nhận/)
      .waitFor();
    const figures = (await leadership.get('/statistics')).body;
    const onLeadership = figures.openEscalations.filter((e: any) => e.target === 'LEADERSHIP').reduce((sum: number, e: any) => sum + e.count, 0);
    expect(await page.getByTestId('escalation-ladder').locator('li[data-rung="LEADERSHIP"]').getAttribute('data-count')).toBe(String(onLeadership));
    await page.mouse.move(0, 0);
    await expectAccessible(page, 'dashboard, escalation ladder');

    await row.getByLabel('Ý kiến chỉ đạo (không bắt buộc)').fill('Báo cáo kết quả trước thứ Sáu');
    await row.getByRole('button', { name: 'Xác nhận đã nắm' }).click();
    await row.getByRole('status').getByText('Đã xác nhận cảnh báo.').waitFor();
    const acknowledged = await eventually(async () => {
      const list = (await leadership.get('/escalations?state=acknowledged&limit=200')).body as any[];
      return list.find((escalation) => escalation.id === reached.id);
    }, 'the acknowledgement recorded');
    expect(acknowledged.note).toBe('Báo cáo kết quả trước thứ Sáu');
    expect(acknowledged.acknowledgedAt).toBeTruthy();
    await page.context().close();
  });
});
