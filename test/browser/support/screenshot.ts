import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

const DIRECTORY = join(__dirname, '..', '..', '..', '.test-data', 'screenshots');

/** Every main screen is saved as it was tested, for review (`.test-data/screenshots/`, not committed). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(DIRECTORY, { recursive: true });
  await page.screenshot({ path: join(DIRECTORY, `${name}.png`), fullPage: true });
}

const README_DIRECTORY = join(__dirname, '..', '..', '..', 'docs', 'screenshots');

/**
 * `SCREENSHOTS=1` refreshes the README's pictures (`docs/screenshots/`, committed) from the calling test's data: the
 * top of the page at 1280×800 with the pointer out of the way; the page's own size is given back afterwards.
 */
export async function readmeScreenshot(page: Page, name: string): Promise<void> {
  if (process.env.SCREENSHOTS !== '1') return;
  mkdirSync(README_DIRECTORY, { recursive: true });
  const size = page.viewportSize();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0));
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(README_DIRECTORY, `${name}.png`) });
  if (size) await page.setViewportSize(size);
}
