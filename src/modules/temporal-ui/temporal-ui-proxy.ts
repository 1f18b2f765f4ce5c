import { Injectable, Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { gunzipSync } from 'node:zlib';
import { refuseAtEdge } from '../../common/edge/refuse-at-edge';
import { ErrorCode } from '../../domain/error-code';
import { AuditService } from '../audit/audit.service';
import { isReadOnlyRequest } from './read-only-request';
import { TemporalUiAccessLog } from './temporal-ui-access-log';
import { temporalUiConfig } from './temporal-ui-config';
import { temporalUiContentSecurityPolicy } from './temporal-ui-content-security-policy';
import { TemporalUiErrorCode } from './temporal-ui-error-code';
import { TemporalUiGate } from './temporal-ui-gate';
import { requestHeadersForUi, responseHeadersFromUi } from './temporal-ui-headers';
import { isTemporalUiPath, TEMPORAL_UI_PATH } from './temporal-ui-path';
import { TEMPORAL_UI_ROLES } from './temporal-ui-roles';

/** A browser opening a page (not a script's call): sent to sign in instead of reading a 401. */
const isNavigation = (request: Request) => request.headers['sec-fetch-mode'] === 'navigate' || (request.headers.accept ?? '').startsWith('text/html');
/** The UI's built files are named by content: they may be kept; everything else (its API's answers) may not. */
const cacheControlFor = (path: string) =>
  path.startsWith(`${TEMPORAL_UI_PATH}/_app/immutable/`) ? 'private, max-age=31536000, immutable' : 'no-store';

/**
 * Serves the Temporal Web UI under /temporal-ui/ behind the API's login: anonymous callers are sent to sign in (401
 * for scripts), a role other than TEMPORAL_UI_ROLES gets 403, a write gets 403 (the UI is read-only), and each
 * session's first visit is audited. Mounted as plain middleware before the body parser (configure-api-app.ts), so
 * request bodies stream through untouched.
 */
@Injectable()
export class TemporalUiProxy {
  private readonly logger = new Logger(TemporalUiProxy.name);

  constructor(
    private readonly gate: TemporalUiGate,
    private readonly accessLog: TemporalUiAccessLog,
    private readonly audit: AuditService,
  ) {}

  middleware() {
    return (request: Request, response: Response, next: NextFunction) => {
      if (!isTemporalUiPath(request.path)) return next();
      this.serve(request, response).catch((error: unknown) => {
        this.logger.error(`Temporal UI request failed: ${(error as Error).message}`);
        if (!response.headersSent) refuseAtEdge(response, 503, ErrorCode.DATABASE_UNAVAILABLE, 'The sign-in could not be checked; try again shortly');
        else response.destroy();
      });
    };
  }

  private async serve(request: Request, response: Response): Promise<void> {
    const caller = await this.gate.callerOf(request);
    if (caller.kind === 'ANONYMOUS') {
      if (isNavigation(request)) return void response.status(303).setHeader('Cache-Control', 'no-store').location('/').end();
      return refuseAtEdge(response, 401, ErrorCode.UNAUTHENTICATED, caller.reason);
    }
    if (caller.kind === 'PASSWORD_CHANGE_REQUIRED')
      return refuseAtEdge(response, 403, ErrorCode.PASSWORD_CHANGE_REQUIRED, 'Your password was set by an administrator: change it first');
    const route = `${request.method} ${request.path}`;
    if (caller.kind === 'REFUSED') {
      await this.refused(caller.user.userId, route, ErrorCode.FORBIDDEN);
      return refuseAtEdge(response, 403, ErrorCode.FORBIDDEN, `The Temporal Web UI needs one of the roles: ${TEMPORAL_UI_ROLES.join(', ')}`);
    }
    if (!isReadOnlyRequest(request.method, request.path)) {
      await this.refused(caller.user.userId, route, TemporalUiErrorCode.TEMPORAL_UI_READ_ONLY);
      return refuseAtEdge(
        response,
        403,
        TemporalUiErrorCode.TEMPORAL_UI_READ_ONLY,
        'The Temporal Web UI is read-only: change work through the application; operators use the temporal CLI (docs/operations.md)',
      );
    }
    const { upstream } = temporalUiConfig();
    if (!upstream)
      return refuseAtEdge(
        response,
        404,
        TemporalUiErrorCode.TEMPORAL_UI_NOT_CONFIGURED,
        'This server runs no Temporal Web UI (TEMPORAL_UI_UPSTREAM)',
      );
    await this.accessLog.recordOpening(caller.user, request.path);
    this.forward(request, response, upstream);
  }

  private refused(actorId: string, route: string, code: string): Promise<void> {
    return this.audit.record({ actorId, action: 'ACCESS_REFUSED', subjectType: 'ROUTE', subjectId: route, detail: { code } });
  }

  /** Streams the request to the UI server and its answer back; pages get the proxy's content security policy. */
  private forward(request: Request, response: Response, upstream: URL): void {
    const send = upstream.protocol === 'https:' ? httpsRequest : httpRequest;
    const outgoing = send(
      {
        protocol: upstream.protocol,
        hostname: upstream.hostname,
        port: upstream.port,
        method: request.method,
        path: request.originalUrl,
        headers: requestHeadersForUi(request.headers),
      },
      (answer) => {
        const headers = { ...responseHeadersFromUi(answer.headers), 'cache-control': cacheControlFor(request.path) };
        if (!String(answer.headers['content-type'] ?? '').startsWith('text/html')) {
          response.writeHead(answer.statusCode ?? 502, headers);
          answer.pipe(response);
          return;
        }
        void this.page(answer).then(
          (html) => {
            delete headers['content-encoding'];
            if (request.method !== 'HEAD') headers['content-length'] = Buffer.byteLength(html);
            headers['content-security-policy'] = temporalUiContentSecurityPolicy(html);
            response.writeHead(answer.statusCode ?? 502, headers);
            response.end(request.method === 'HEAD' ? undefined : html);
          },
          () => this.unavailable(response),
        );
      },
    );
    outgoing.setTimeout(30_000, () => outgoing.destroy(new Error('no answer within 30 s')));
    // A browser that leaves a page cancels the UI's pending calls: that ends the call upstream too, and is no fault.
    let cancelled = false;
    outgoing.once('error', (error) => {
      if (cancelled) return;
      this.logger.warn(`Temporal UI server at ${upstream.origin}: ${error.message}`);
      this.unavailable(response);
    });
    response.once('close', () => {
      cancelled = !response.writableFinished;
      outgoing.destroy();
    });
    request.pipe(outgoing);
  }

  /** A page of the UI, whole and uncompressed, so its inline script can be hashed into the policy. */
  private async page(answer: IncomingMessage): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of answer) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    return (answer.headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body).toString('utf8');
  }

  private unavailable(response: Response): void {
    if (response.headersSent) return void response.destroy();
    refuseAtEdge(response, 502, TemporalUiErrorCode.TEMPORAL_UI_UNAVAILABLE, 'The Temporal Web UI is not answering; try again shortly');
  }
}
