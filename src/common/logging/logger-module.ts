import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import { pinoOptions } from './pino-options';

/** A caller's X-Request-Id is kept when it looks like an id (so a proxy's id follows the request); otherwise a new one. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

function requestId(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

/** The path without its query string: queries carry search words and names, which stay out of the logs. */
const pathOf = (url: string | undefined) => (url ?? '').split('?')[0];

/**
 * One logger for the API and the worker: JSON lines on stdout (never colour), a `service` field, and in the API an
 * access line per request with its request id, method, path, status and duration. No bodies, queries, cookies,
 * tokens or client addresses are logged: they carry personal data or secrets.
 */
export function loggerModule(service: 'api' | 'worker') {
  // Built when the module graph is (after the start-up check of the settings), not when this file is imported.
  return LoggerModule.forRootAsync({
    useFactory: () => ({
      pinoHttp: {
        ...pinoOptions(service),
        genReqId: requestId,
        autoLogging: { ignore: (req: IncomingMessage) => pathOf(req.url) === '/health/live' },
        customSuccessMessage: (req: IncomingMessage, res: ServerResponse) => `${req.method} ${pathOf(req.url)} ${res.statusCode}`,
        customErrorMessage: (req: IncomingMessage, res: ServerResponse) => `${req.method} ${pathOf(req.url)} ${res.statusCode}`,
        customLogLevel: (_req: IncomingMessage, res: ServerResponse, error?: Error) =>
          error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
        serializers: {
          req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: pathOf(req.url) }),
          res: (res: { statusCode: number }) => ({ status: res.statusCode }),
        },
      },
      // Nest's own lines (bootstrap, errors) carry the request id too while a request is served.
      forRoutes: ['*path'],
    }),
  });
}
