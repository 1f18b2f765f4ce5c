import type { Request } from 'express';

/** The matched route's pattern (`/tasks/:id/complete`), so logs and audit rows name the route, not its ids. */
export const routePath = (request: Request): string => (request.route as { path?: string } | undefined)?.path ?? request.path;
