import type { Request, Response } from 'express';
import { httpConfig } from '../../config/http.config';

/** The browser's session: the access token in one cookie, the refresh token in a second one only its route sees. */
export const ACCESS_COOKIE = 'at_session';
export const REFRESH_COOKIE = 'at_refresh';
export const REFRESH_COOKIE_PATH = '/auth/web';

/** The named cookie of a request, read without a parser dependency (Express leaves `Cookie` unparsed). */
export function readCookie(request: Request, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return decodeURIComponent(part.slice(at + 1).trim());
  }
  return undefined;
}

// HttpOnly keeps tokens from scripts; SameSite=Strict keeps other sites from riding the session (CSRF). Secure on
// HTTPS, or always with COOKIE_SECURE=true behind a TLS-terminating proxy; plain-HTTP localhost keeps working.
function options(request: Request, path: string, maxAgeSeconds: number) {
  const secure = request.secure || httpConfig().cookieSecure;
  return { httpOnly: true, sameSite: 'strict' as const, secure, path, maxAge: maxAgeSeconds * 1000 };
}

export function setSessionCookies(
  request: Request,
  response: Response,
  tokens: { accessToken: string; refreshToken: string; expiresIn: number },
  refreshTtlSeconds: number,
): void {
  // The cookie outlives the token a little so an expired token reaches the API and gets a clear 401 to refresh on.
  response.cookie(ACCESS_COOKIE, tokens.accessToken, options(request, '/', refreshTtlSeconds));
  response.cookie(REFRESH_COOKIE, tokens.refreshToken, options(request, REFRESH_COOKIE_PATH, refreshTtlSeconds));
}

export function clearSessionCookies(request: Request, response: Response): void {
  response.clearCookie(ACCESS_COOKIE, { ...options(request, '/', 0), maxAge: undefined });
  response.clearCookie(REFRESH_COOKIE, { ...options(request, REFRESH_COOKIE_PATH, 0), maxAge: undefined });
}
