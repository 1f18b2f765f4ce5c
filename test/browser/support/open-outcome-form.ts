import type { Locator, Page } from 'playwright-core';
import { eventually } from '../../support/eventually';

/**
 * Opens the inbox until the row shows (the inbox shows what was there when it loaded: a new task appears on the next
 * load), claims the task if nobody holds it, and opens its outcome form with "Hoàn thành", as an officer does.
 */
export async function openOutcomeForm(page: Page, baseUrl: string, row: Locator, what: string): Promise<Locator> {
  await eventually(async () => {
    await page.goto(`${baseUrl}/inbox`);
    await page.getByRole('heading', { name: 'Việc cần xử lý', level: 1 }).waitFor();
    await row.waitFor({ timeout: 5_000 }).catch(() => undefined);
    return (await row.count()) > 0;
  }, `${what} in the inbox`);
  const claim = row.getByRole('button', { name: 'Nhận xử lý' });
  if (await claim.count()) await claim.click();
  await row.getByRole('button', { name: 'Hoàn thành' }).click();
  const form = page.locator('section', { has: page.getByRole('heading', { name: /Kết quả:/ }) });
  await form.waitFor();
  return form;
}
