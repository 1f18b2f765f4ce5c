import type { NextFunction, Request, Response } from 'express';
import { isCodecCorsRequest } from '../../common/edge/is-codec-cors-request';

/**
 * CORS for the codec endpoint only, as the Temporal Web UI needs it: the UI, on its own origin, posts JSON with
 * `X-Namespace` (and `Authorization` when it passes a token, cookies with "include cross-origin credentials"), so the
 * browser asks first (OPTIONS) and reads the answer only when it names the UI's origin. Other routes send no CORS
 * headers, and origins not listed get none here either: the browser then refuses to show them anything.
 */
export function codecCors(request: Request, response: Response, next: NextFunction): void {
  if (!isCodecCorsRequest(request)) return next();
  response.setHeader('Access-Control-Allow-Origin', request.headers.origin!);
  response.setHeader('Access-Control-Allow-Credentials', 'true');
  response.vary('Origin');
  if (request.method !== 'OPTIONS') return next();
  response.setHeader('Access-Control-Allow-Methods', 'POST, OPTIONS');
  response.setHeader('Access-Control-Allow-Headers', 'Content-Type, X-Namespace, Authorization');
  response.setHeader('Access-Control-Max-Age', '600');
  response.status(204).end();
}
