import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium } from 'playwright-core';

const ROOT = join(__dirname, '..', '..', '..');

/** `npm test` builds the web app first; a focused `npx jest test/browser` run builds it here when it is missing. */
export function ensureWebAppBuilt(): void {
  if (existsSync(join(ROOT, 'web', 'dist', 'index.html'))) return;
  execFileSync('npx', ['vite', 'build', 'web', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
}

/** Debian's chromium (test tools' own browser downloads do not work here); CHROMIUM_PATH overrides. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
    headless: true,
  });
}

/**
 * A fresh context (no shared cookies) as the tests' user sets it up: a laptop screen and reduced motion, so axe judges
 * a dialog or a date picker as it stands, not half-way through its fade-in.
 */
export function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1366, height: 900 }, reducedMotion: 'reduce', ...options });
}
