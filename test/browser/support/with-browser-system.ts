import type { Browser } from 'playwright-core';
import { startTestSystem, type TestSystem } from '../../support/test-system';
import { ensureWebAppBuilt, launchBrowser } from './browser';

/**
 * A browser test's setup: the built web app, the whole system (API, worker unless `options` say otherwise, Temporal,
 * PostgreSQL) and a browser, started before the tests of the file and closed after them. `started` hands them to the
 * file's own variables; a `beforeAll` of the file declared after this call runs once they are up.
 */
export function withBrowserSystem(
  started: (running: { system: TestSystem; browser: Browser }) => void,
  options?: Parameters<typeof startTestSystem>[0],
): void {
  let running: { system?: TestSystem; browser?: Browser } = {};
  beforeAll(async () => {
    ensureWebAppBuilt();
    const system = await startTestSystem(options);
    running = { system };
    const browser = await launchBrowser();
    running = { system, browser };
    started({ system, browser });
  });
  afterAll(async () => {
    await running.browser?.close();
    await running.system?.close();
  });
}
