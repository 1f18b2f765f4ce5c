import { createHash } from 'node:crypto';
import { temporalUiContentSecurityPolicy } from './temporal-ui-content-security-policy';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('temporalUiContentSecurityPolicy', () => {
  it('allows exactly the inline scripts of the page by hash, and no script from elsewhere', () => {
    const boot = '\n  { kit.start(app, element); }\n';
    const html = `<head><script src="/temporal-ui/_app/x.js"></script></head><body><div><script>${boot}</script></div></body>`;
    const policy = temporalUiContentSecurityPolicy(html);
    const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe(`script-src 'self' ${sha(boot)}`);
    expect(policy).not.toContain("'unsafe-inline'; script");
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("connect-src 'self'");
  });

  it('a page without inline scripts allows scripts of this origin only', () => {
    expect(temporalUiContentSecurityPolicy('<p>no scripts</p>')).toContain("script-src 'self';");
  });
});
