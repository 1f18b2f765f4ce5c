import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** axe-core's WCAG 2.0/2.1 A and AA rules on the page as it stands; any violation fails with its rule and nodes. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => `${n.target.join(' ')}  ${n.html.slice(0, 200)}`).join('\n    ')}`,
  );
  if (summary.length) throw new Error(`Accessibility violations on ${screen}:\n  ${summary.join('\n  ')}`);
}
