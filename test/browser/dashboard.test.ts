import ExcelJS from 'exceljs';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { TipStepType } from '../../src/domain/tip/tip-step-type';
import { eventually } from '../support/eventually';
import { HttpClient } from '../support/http-client';
import { openTask } from '../support/open-task';
import { startTestSystem, TestSystem } from '../support/test-system';
import { TEST_PASSWORD } from '../support/test-users';
import { idempotencyKey, tipBody } from '../support/tip-requests';
import { ensureWebAppBuilt, launchBrowser } from './support/browser';
import { signIn as signInAs } from './support/sign-in';
import { expectAccessible } from './support/expect-accessible';
import { screenshot } from './support/screenshot';

const DAY = 86_400_000;
const README_SCREENSHOTS = join(__dirname, '..', '..', 'docs', 'screenshots');

/** `SCREENSHOTS=1` refreshes the README's pictures (1280×800, Vietnamese) from this test's data. */
async function readmeScreenshot(page: Page, name: string): Promise<void> {
  if (process.env.SCREENSHOTS !== '1') return;
  mkdirSync(README_SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(README_SCREENSHOTS, `${name}.png`) });
}

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
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
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
    // Open work by process: the overdue column is the API's overdue list, the row's total its open list.
    const byProcess = await tableFigures(page, 'open-work-by-processType');
    const open = (await leadership.get('/tasks?state=open')).body as { processType: string; overdue: boolean }[];
    expect(byProcess.TIP_VERIFICATION?.[0]).toBe(open.filter((t) => t.processType === 'TIP_VERIFICATION' && t.overdue).length);
    expect(byProcess.TIP_VERIFICATION?.reduce((sum, n) => sum + n, 0)).toBe(open.filter((t) => t.processType === 'TIP_VERIFICATION').length);
    expect(byProcess.TIP_VERIFICATION?.[0]).toBeGreaterThanOrEqual(1);
    await page.getByTestId('open-work-by-processType').getByRole('rowheader', { name: 'Xác minh nguồn tin' }).waitFor();
    await page
      .getByTestId('deadlines-by-agency')
      .getByRole('rowheader', { name: /Cơ quan Cảnh sát điều tra/ })
      .waitFor();
    await expectAccessible(page, 'dashboard, this year');
    await readmeScreenshot(page, 'dashboard');
    await screenshot(page, 'dashboard');

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Tải về Excel (.xlsx)' }).click();
    const file = await (await download).path();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(file) as any);
    const sheet = workbook.getWorksheet('Thống kê')!;
    const rows = sheet.getSheetValues().map((row) => (Array.isArray(row) ? row.slice(1).map(String) : []));
    expect(rows).toContainEqual(['Nhóm chỉ tiêu', 'Chỉ tiêu', 'Đơn vị', 'Giá trị']);
    const csv = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Tải về CSV' }).click();
    expect(readFileSync(await (await csv).path(), 'utf8')).toContain('Nhóm chỉ tiêu,Chỉ tiêu,Đơn vị,Giá trị');
    await context.close();
  });
});
