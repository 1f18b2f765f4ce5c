import type { NextFunction, Request, Response } from 'express';
import { ErrorCode } from '../../domain/error-code';
import { refuseAtEdge } from './refuse-at-edge';

/**
 * Request bodies come uncompressed: the web app never compresses them, and a malformed compressed body used to
 * reach the body parser's inflate and answer 500 (even unauthenticated, on /auth/login). Anything but identity is 415.
 */
export function plainContentEncoding(request: Request, response: Response, next: NextFunction): void {
  const encoding = request.headers['content-encoding'];
  if (encoding === undefined || encoding.trim().toLowerCase() === 'identity') return next();
  refuseAtEdge(response, 415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, 'Request bodies must not be compressed (Content-Encoding: identity only)');
}
