import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { freePort } from '../support/free-port';
import { startTestSystem, TestSystem } from '../support/test-system';
import { TEST_PASSWORD } from '../support/test-users';
import { idempotencyKey, tipBody } from '../support/tip-requests';
import { launchBrowser, newContext } from './support/browser';
import { screenshot } from './support/screenshot';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startTemporalUi } = require('../../scripts/temporal-ui');

const namespace = process.env.TEMPORAL_NAMESPACE ?? 'default';

/**
 * Temporal's own Web UI (in English: it has no Vietnamese) in a real browser through the API's /temporal-ui/: it
 * runs under the proxy's content security policy and shows an administrator the workflow of a registered tip.
 */
describe('the Temporal Web UI in a browser', () => {
  let system: TestSystem;
  let ui: { url: string; stop(): Promise<void> };
  let browser: Browser;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'temporal-ui-'));
    ui = await startTemporalUi({ dataDir, temporalAddress: process.env.TEMPORAL_ADDRESS, namespace, port: await freePort() });
    process.env.TEMPORAL_UI_UPSTREAM = ui.url;
    system = await startTestSystem();
    browser = await launchBrowser();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await system?.close();
    await ui?.stop();
    delete process.env.TEMPORAL_UI_UPSTREAM;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("shows an administrator the tip's workflow, with nothing the policy blocks; an anonymous visitor is sent to sign in", async () => {
    const coordinator = await system.as('coordinator');
    const tip = await coordinator.post('/tips', tipBody(), { 'Idempotency-Key': idempotencyKey() });
    expect(tip.status).toBe(201);
    const base = system.http.baseUrl;

    const anonymous = await newContext(browser);
    const away = await anonymous.newPage();
    await away.goto(`${base}/temporal-ui/`);
    expect(new URL(away.url()).pathname).toBe('/');
    await anonymous.close();

    const login = await fetch(`${base}/auth/web/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: TEST_PASSWORD }),
    });
    const session = /at_session=([^;]+)/.exec(login.headers.getSetCookie().join('\n'))![1];
    const context = await newContext(browser);
    await context.addCookies([{ name: 'at_session', value: session, url: base, httpOnly: true, sameSite: 'Strict' }]);
    const page = await context.newPage();
    const blocked: string[] = [];
    page.on('console', (message) => /Content.Security.Policy/i.test(message.text()) && blocked.push(message.text()));
    page.on('pageerror', (error) => blocked.push(error.message));

    await page.goto(`${base}/temporal-ui/namespaces/${namespace}/workflows`);
    await page.getByText(tip.body.processId).first().waitFor({ timeout: 60_000 });
    await screenshot(page, 'temporal-ui-workflows');
    await page.getByRole('link', { name: tip.body.processId }).click();
    await page.waitForURL((url) => url.pathname.startsWith(`/temporal-ui/namespaces/${namespace}/workflows/${tip.body.processId}/`));
    await page.getByText('tipVerificationWorkflow').first().waitFor({ timeout: 30_000 });
    await page.getByText('Pending Activities').first().waitFor({ timeout: 30_000 });
    // Read-only: the UI offers no cancellation (nor the other actions behind it).
    const cancel = page.getByRole('button', { name: 'Request Cancellation' });
    await cancel.waitFor();
    expect(await cancel.isDisabled()).toBe(true);
    await screenshot(page, 'temporal-ui-workflow');
    expect(blocked).toEqual([]);
    await context.close();
  });
});
