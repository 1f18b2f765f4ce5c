import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { TEST_PASSWORD } from '../../support/test-users';
import { newContext } from './browser';

/**
 * A fresh browser context (no shared cookies) on the sign-in screen, signed in as a test user in Vietnamese.
 * `onSignInScreen` runs once the sign-in screen is shown, before the form is filled (e.g. an axe check of it).
 */
export async function signIn(
  browser: Browser,
  baseUrl: string,
  username: string,
  options: { context?: BrowserContextOptions; onSignInScreen?: (page: Page) => Promise<void> } = {},
): Promise<Page> {
  const context = await newContext(browser, options.context);
  const page = await context.newPage();
  await page.goto(baseUrl);
  await options.onSignInScreen?.(page);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  return page;
}
