import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

const DIRECTORY = join(__dirname, '..', '..', '..', '.test-data', 'screenshots');

/** Every main screen is saved as it was tested, for review (`.test-data/screenshots/`, not committed). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(DIRECTORY, { recursive: true });
  await page.screenshot({ path: join(DIRECTORY, `${name}.png`), fullPage: true });
}
