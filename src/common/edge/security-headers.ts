import type { NextFunction, Request, Response } from 'express';

/**
 * The web app is a Vite build: its scripts and styles are files of its own origin; Mantine sets inline styles, hence
 * 'unsafe-inline' for styles only. Nothing may frame it, plugins are off, and forms post only here.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

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
