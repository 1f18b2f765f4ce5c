import type { NextFunction, Request, Response } from 'express';
import { contentSecurityPolicy } from './content-security-policy';

/** The web app is a Vite build: its scripts are files of its own origin, none inline. */
const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/** What helmet would set, without the dependency, on every response (`no-store` is set by serve-web-app.ts). */
export function securityHeaders(request: Request, response: Response, next: NextFunction): void {
  response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  response.setHeader('X-Frame-Options', 'DENY');
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  response.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  response.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
  if (request.secure || process.env.COOKIE_SECURE === '1') response.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  next();
}
