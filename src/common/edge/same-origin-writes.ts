import type { NextFunction, Request, Response } from 'express';
import { ErrorCode } from '../../domain/error-code';
import { refuseAtEdge } from './refuse-at-edge';
import { httpConfig } from '../../config/http.config';
import { isCodecCorsRequest } from './is-codec-cors-request';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF: a write that does not carry a bearer token (the browser's cookies, or a sign-in that sets them) must come
 * from this origin and carry JSON. SameSite=Strict does not cover another port of the same host, so the browser's
 * own statements are checked: `Sec-Fetch-Site` (sent by every current browser) must be same-origin, and `Origin`
 * (sent on every cross-origin POST) must name this host. A request with neither is not from a browser, so it cannot
 * be a forged one. A body must be JSON, so an HTML form (urlencoded, multipart, text/plain) never gets through.
 * Bearer-token clients are untouched: a page on another site cannot set that header.
 */
export function sameOriginWrites(request: Request, response: Response, next: NextFunction): void {
  if (SAFE_METHODS.has(request.method) || /^bearer /i.test(request.headers.authorization ?? '')) return next();
  const site = request.headers['sec-fetch-site'];
  const origin = request.headers.origin;
  // The Temporal Web UI's origin, when listed for the codec endpoint, may post there (decoding changes nothing).
  const crossOriginAllowed = isCodecCorsRequest(request);
  if (
    !crossOriginAllowed &&
    ((site !== undefined && site !== 'same-origin' && site !== 'none') || (origin !== undefined && !isThisHost(origin, request)))
  )
    return refuseAtEdge(response, 403, ErrorCode.FORBIDDEN, 'A write from another site is refused (cross-origin request without a bearer token)');
  const hasBody = Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
  if (hasBody && !/^application\/json\b/i.test(request.headers['content-type'] ?? ''))
    return refuseAtEdge(response, 415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, 'Send the request body as JSON (Content-Type: application/json)');
  next();
}

function isThisHost(origin: string, request: Request): boolean {
  if (httpConfig().allowedOrigins.includes(origin)) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}
