import type { INestApplication } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { static as serveStatic } from 'express';
import { join } from 'node:path';
import { compressedAssets } from './compressed-assets';
import { webAppDirectory } from './web-app-directory';

/** `/tips/{tipId}` → a matcher for `/tips/<anything but a slash>`. */
const pathMatcher = (template: string) => new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}/?$`);

/**
 * A browser's own navigation (`Sec-Fetch-Mode: navigate` accepting HTML, which scripts and API clients never send) to
 * any address gets the app, even where the address is also an API route (`/escalations`, `/tasks?overdue=true`: the
 * screen and the query it shows), so every screen survives a reload or a bookmark. Not the documents a browser opens
 * for their own sake: the API's documentation, the health check and downloads (a file name with an extension).
 */
const isNavigation = (request: Request) => request.headers['sec-fetch-mode'] === 'navigate' && (request.headers.accept ?? '').includes('text/html');
const isBrowserDocument = (path: string) => path.startsWith('/docs') || path === '/health' || /\.[a-z0-9]+$/i.test(path);

/**
 * API answers carry personal data, so no browser or proxy may keep them. The built web app is served at `/`, its text
 * files compressed, and a browser navigation to any screen's address gets the app's index.html (`isNavigation`), as
 * does any other request accepting text/html at a path that is not an API route; API calls answer as before.
 */
export function serveWebApp(app: INestApplication, document: OpenAPIObject): void {
  app.use((_request: Request, response: Response, next: NextFunction) => {
    response.setHeader('Cache-Control', 'no-store');
    next();
  });
  const directory = webAppDirectory();
  if (!directory) return;
  const apiPaths = Object.keys(document.paths).map(pathMatcher);
  const isApiPath = (path: string) => path.startsWith('/docs') || apiPaths.some((matcher) => matcher.test(path));
  // Vite names assets by content hash, so they may be cached for good; index.html must not be, or a deploy is missed.
  const cacheControl = (file: string) => (file.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
  const plain = serveStatic(directory, { index: false, setHeaders: (response, file) => response.setHeader('Cache-Control', cacheControl(file)) });
  const compressed = compressedAssets(directory, cacheControl);
  const indexHtml = (request: Request, response: Response) =>
    compressed(
      request,
      response,
      () => {
        response.setHeader('Cache-Control', 'no-cache');
        response.sendFile(join(directory, 'index.html'));
      },
      '/index.html',
    );
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    const screen = isNavigation(request) && !isBrowserDocument(request.path);
    if (isApiPath(request.path) && !screen) return next();
    if (screen) return indexHtml(request, response);
    compressed(request, response, () =>
      plain(request, response, () => {
        if (!(request.headers.accept ?? '').includes('text/html')) return next();
        indexHtml(request, response);
      }),
    );
  });
}
