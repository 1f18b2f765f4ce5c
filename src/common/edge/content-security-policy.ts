/**
 * The one content security policy of everything the API serves: scripts and styles are files of its own origin
 * (Mantine and the Temporal UI set inline styles, hence 'unsafe-inline' for styles only), it talks only to itself,
 * nothing may frame it, plugins are off and forms post only here. `scriptSources` adds allowed inline scripts by hash.
 */
export function contentSecurityPolicy(scriptSources: readonly string[] = []): string {
  return [
    "default-src 'self'",
    ['script-src', "'self'", ...scriptSources].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
