import type { Browser, Page } from 'playwright-core';
import { eventually } from '../support/eventually';
import { TestSystem } from '../support/test-system';
import { idempotencyKey, tipBody } from '../support/tip-requests';
import { signIn as signInAs } from './support/sign-in';
import { expectAccessible } from './support/expect-accessible';
import { withBrowserSystem } from './support/with-browser-system';
import { screenshot } from './support/screenshot';

const DAY = 86_400_000;

/**
 * The case page and the agency head's escalations in a real browser against the real API, worker, Temporal and
 * PostgreSQL: the coordinator goes from the duty desk's case list to a case with a rescue running and reads its
 * summary and timeline; the agency head acknowledges an escalation of an overdue verification and it leaves the
 * open list. Every screen visited passes axe (WCAG A/AA).
 */
describe('case page and escalations in the browser', () => {
  let system: TestSystem;
  let browser: Browser;

  withBrowserSystem((started) => ({ system, browser } = started));

  const signIn = (username: string): Promise<Page> => signInAs(browser, system.http.baseUrl, username);

  it('the coordinator opens a case from the duty desk and sees its processes and one timeline, newest first', async () => {
    const coordinator = await system.as('coordinator');
    const opened = await coordinator.post('/cases', { charge: { article: 150, clause: 3 } });
    expect(opened.status).toBe(201);
    const reference: string = opened.body.reference;
    const rescue = await coordinator.post(`/cases/${reference}/processes`, { kind: 'RESCUE' }, { 'Idempotency-Key': idempotencyKey() });
    expect(rescue.status).toBe(201);
    await eventually(async () => {
      const kase = (await coordinator.get(`/cases/${reference}`)).body;
      return kase.processes?.some((p: any) => p.kind === 'RESCUE') && kase.timeline.some((e: any) => e.type === 'TASK_CREATED');
    }, 'the rescue to run with its first task');

    const page = await signIn('coordinator');
    await page.getByRole('heading', { name: 'Trực ban', level: 1 }).waitFor();
    await page.getByTestId('cases-table').getByRole('link', { name: reference }).click();
    await page.getByRole('heading', { name: `Hồ sơ ${reference}`, level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/case/${reference}`);

    // Summary: charge, and the rescue with its status tag in words, overdue count and its workflow in Temporal.
    await page.getByText('Điều 150 khoản 3 BLHS').waitFor();
    const row = page.locator('tr[data-process-kind="RESCUE"]');
    await row.waitFor();
    const labels = (await coordinator.get('/labels')).body;
    const word = (list: string, value: string) => labels[list].find((l: any) => l.value === value).vi;
    await expect(row.textContent()).resolves.toContain(word('processStatuses', 'RUNNING'));
    await expect(row.textContent()).resolves.toContain(word('processKinds', 'RESCUE'));
    const rescueId = (await coordinator.get(`/cases/${reference}`)).body.processes.find((p: any) => p.kind === 'RESCUE').processId;
    expect(await row.getByRole('link').getAttribute('href')).toBe(
      `http://localhost:8233/namespaces/default/workflows/${encodeURIComponent(rescueId)}`,
    );

    // Timeline: the API's labels, newest first, across the case and its rescue.
    const timeline = page.getByTestId('case-timeline');
    await timeline.locator('[data-event-type="TASK_CREATED"]').first().waitFor();
    const shown = await timeline
      .locator('[data-event-type]')
      .evaluateAll((items) => items.map((i) => ({ type: i.getAttribute('data-event-type'), at: i.getAttribute('data-at') ?? '' })));
    expect(shown.map((e) => e.type)).toEqual(expect.arrayContaining(['PROCESS_STARTED', 'CHILD_STARTED', 'TASK_CREATED']));
    const instants = shown.map((e) => Date.parse(e.at));
    expect(instants).toEqual([...instants].sort((a, b) => b - a));
    expect(shown[shown.length - 1].type).toBe('PROCESS_STARTED');
    await timeline.getByText(word('timelineEventTypes', 'CHILD_STARTED')).first().waitFor();
    // The case's own entries are named as the case, the rescue's by its kind.
    await timeline.locator('[data-event-type="CHILD_STARTED"]').getByText('Hồ sơ', { exact: false }).first().waitFor();
    await expectAccessible(page, 'case page');
    await screenshot(page, 'case-page');

    // The coordinator changes the charge; the summary and the timeline follow the server.
    await page.getByLabel('Điều', { exact: true }).selectOption('151');
    await page.getByLabel('Khoản', { exact: true }).selectOption('1');
    await page.getByRole('button', { name: 'Cập nhật tội danh' }).click();
    await page.getByText('Điều 151 khoản 1 BLHS').waitFor();
    await timeline.locator('[data-event-type="CHARGE_CHANGED"]').first().waitFor();
    expect((await coordinator.get(`/cases/${reference}`)).body.charge).toEqual({ article: 151, clause: 1 });
    await expectAccessible(page, 'case page after changing the charge');

    // A reload keeps the case page: the app, not the API's JSON.
    await page.reload();
    await page.getByRole('heading', { name: `Hồ sơ ${reference}`, level: 1 }).waitFor();
    await page.context().close();
  });

  it('the agency head acknowledges an escalation and it leaves the open list', async () => {
    const coordinator = await system.as('coordinator');
    const registered = await coordinator.post('/tips', tipBody({ receivedAt: new Date(Date.now() - 30 * DAY).toISOString() }), {
      'Idempotency-Key': idempotencyKey(),
    });
    expect(registered.status).toBe(201);
    const head = await system.as('agency-head');
    const escalation = await eventually(async () => {
      const rows = (await head.get('/escalations')).body;
      return Array.isArray(rows) && rows.find((e: any) => e.processId === registered.body.processId && e.target === 'AGENCY_HEAD');
    }, 'an escalation of the overdue tip to the agency head');

    const page = await signIn('agency-head');
    await page.getByRole('heading', { name: 'Việc cần xử lý', level: 1 }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Cảnh báo' }).click();
    await page.getByRole('heading', { name: 'Cảnh báo', level: 1 }).waitFor();
    // axe judges the page at rest, not the navigation link under the pointer.
    await page.mouse.move(0, 0);
    const row = page.locator(`tr[data-escalation-id="${escalation.id}"]`);
    await row.waitFor();
    // The agency by its name, not its code.
    const agency = (await head.get('/agencies')).body.find((a: any) => a.code === escalation.agencyCode);
    await row.getByText(agency.nameVi, { exact: true }).waitFor();
    // And the overdue task by its title.
    const task = (await head.get(`/tasks/${escalation.taskId}`)).body;
    await row.getByText(task.titleVi, { exact: true }).waitFor();
    await expectAccessible(page, 'escalations');
    await screenshot(page, 'escalations');
    await row.getByRole('button', { name: 'Xác nhận đã nắm' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã xác nhận cảnh báo.' }).waitFor();
    await row.waitFor({ state: 'detached' });
    await expectAccessible(page, 'escalations after acknowledging');

    const acknowledged = (await head.get('/escalations?state=acknowledged')).body.find((e: any) => e.id === escalation.id);
    expect(acknowledged).toMatchObject({ acknowledgedBy: expect.any(String), acknowledgedAt: expect.any(String) });
    expect((await head.get('/escalations')).body.some((e: any) => e.id === escalation.id)).toBe(false);
    await page.context().close();
  });
});
