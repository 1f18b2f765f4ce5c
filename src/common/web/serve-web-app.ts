import type { INestApplication } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { static as serveStatic } from 'express';
import { join } from 'node:path';
import { webAppDirectory } from './web-app-directory';

/** `/tips/{tipId}` → a matcher for `/tips/<anything but a slash>`. */
const pathMatcher = (template: string) => new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}/?$`);

/**
 * Screens whose address is also an API list (`/tasks?overdue=true` is both the screen and the query it shows): a
 * browser's own navigation to them (`Sec-Fetch-Mode: navigate`, which scripts and API clients never send) gets the app;
 * every other request gets the API's JSON.
 */
const LIST_SCREENS = new Set(['/tasks', '/cases', '/tips']);
const isNavigation = (request: Request) => request.headers['sec-fetch-mode'] === 'navigate' && (request.headers.accept ?? '').includes('text/html');

/**
 * API answers carry personal data, so no browser or proxy may keep them. The built web app is served at `/`, and a
 * browser navigation (GET accepting text/html) to any path that is not an API route gets the app's index.html, so a
 * reload on a screen's URL works; API routes, /docs and everything else answer as before.
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
  const assets = serveStatic(directory, {
    index: false,
    setHeaders: (response, file) =>
      response.setHeader('Cache-Control', file.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'),
  });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    const listScreen = LIST_SCREENS.has(request.path) && isNavigation(request);
    if (isApiPath(request.path) && !listScreen) return next();
    assets(request, response, () => {
      if (!(request.headers.accept ?? '').includes('text/html')) return next();
      response.setHeader('Cache-Control', 'no-cache');
      response.sendFile(join(directory, 'index.html'));
    });
  });
}
