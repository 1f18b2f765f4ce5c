import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';
import { ACCESS_COOKIE, REFRESH_COOKIE } from '../../common/auth/session-cookie';
import { TEMPORAL_UI_PATH } from './temporal-ui-path';

/** Hop-by-hop headers (RFC 9110 §7.6.1): they describe one connection and are never forwarded. */
const HOP_BY_HOP = [
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
];

/**
 * What the UI server receives of a browser's request: not the API's session (its cookies and any Bearer token stay
 * with the API, which has already checked them), not the hop-by-hop headers; the UI's own CSRF cookie goes through.
 */
export function requestHeadersForUi(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  const forwarded: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_BY_HOP.includes(name) || name === 'authorization' || name === 'cookie') continue;
    forwarded[name] = value;
  }
  const cookies = (headers.cookie ?? '')
    .split(';')
    .map((c) => c.trim())
    .filter((c) => c && ![ACCESS_COOKIE, REFRESH_COOKIE].includes(c.slice(0, c.indexOf('=')).trim()));
  if (cookies.length) forwarded.cookie = cookies.join('; ');
  return forwarded;
}

/**
 * What the browser receives of the UI server's answer: the API's security headers stay (its own framing and XSS
 * headers are dropped, the content security policy is the proxy's), and the UI's cookies are scoped to its path.
 */
export function responseHeadersFromUi(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  const answer: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_BY_HOP.includes(name)) continue;
    if (['x-frame-options', 'x-xss-protection', 'content-security-policy'].includes(name)) continue;
    answer[name] = name === 'set-cookie' ? [...new Set(value as string[])].map(scopedCookie) : value;
  }
  return answer;
}

/** `Path=/` → `Path=/temporal-ui`: the UI's CSRF cookie is no business of the rest of the site. */
function scopedCookie(line: string): string {
  return /;\s*path=/i.test(line) ? line.replace(/;\s*path=\/(?=;|$)/i, `; Path=${TEMPORAL_UI_PATH}`) : `${line}; Path=${TEMPORAL_UI_PATH}`;
}
