import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { from, lastValueFrom, Observable } from 'rxjs';
import type { DataSource } from 'typeorm';
import { temporalConfig } from '../../config/temporal.config';
import { ErrorCode } from '../../domain/error-code';
import { AppException } from '../app-exception';
import type { AuthUser } from '../auth/auth-user';
import { canonicalJson } from './canonical-json';
import { replayAnswer, replayRecord } from './replay-record';
import { IDEMPOTENCY_KEY_RULE } from './idempotency-key-rule';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** Set on an answer replayed from the first request with the same key (so a caller can tell it did not run twice). */
export const REPLAYED_HEADER = 'Idempotent-Replayed';
const KEY_PATTERN = new RegExp(IDEMPOTENCY_KEY_RULE.pattern);
/** How often a twin looks whether the first request with its key has answered. */
const POLL_MS = 100;

interface KeyRow {
  fingerprint: string;
  status: 'IN_PROGRESS' | 'DONE' | 'UNKNOWN';
  response_body: unknown;
}

/**
 * `Idempotency-Key` on any authenticated POST. A key belongs to its caller and is bound to a fingerprint of the
 * request (route and body): the same key with the same request replays the first answer's identifiers with 200
 * (replay-record.ts: no narrative or secret is stored); with another
 * request it is refused with 422 IDEMPOTENCY_KEY_REUSED. A request refused with a 4xx frees its key; one whose
 * outcome is unknown (5xx) keeps it bound, so only the same request may be retried with it. A twin sent while the
 * first is still running waits for the first answer (at most the engine's call timeout and a second) and gets it,
 * marked `Idempotent-Replayed: true`; if the first is still running then, the twin gets 409 IDEMPOTENCY_IN_PROGRESS.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly db: DataSource) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const key = request.headers[IDEMPOTENCY_HEADER];
    if (request.method !== 'POST' || key === undefined || !request.user) return next.handle();
    if (typeof key !== 'string' || !KEY_PATTERN.test(key))
      throw new AppException(ErrorCode.VALIDATION_FAILED, `Idempotency-Key must be ${IDEMPOTENCY_KEY_RULE.text}`);
    const response = context.switchToHttp().getResponse<Response>();
    const fingerprint = createHash('sha256')
      .update(`POST ${request.baseUrl}${request.path}\n${canonicalJson(request.body ?? null)}`)
      .digest('hex');
    return from(this.run(request.user.userId, key, fingerprint, response, next));
  }

  private async run(userId: string, key: string, fingerprint: string, response: Response, next: CallHandler): Promise<unknown> {
    const claimed = await this.claim(userId, key, fingerprint);
    if (claimed !== true) {
      const answer = replayAnswer(claimed.response_body);
      response.setHeader(REPLAYED_HEADER, 'true');
      pinStatus(response, 200);
      return answer;
    }
    try {
      const body = await lastValueFrom(next.handle(), { defaultValue: undefined });
      await this.db.query(`UPDATE idempotency_keys SET status = 'DONE', response_status = $3, response_body = $4 WHERE user_id = $1 AND key = $2`, [
        userId,
        key,
        response.statusCode,
        JSON.stringify(replayRecord(body)),
      ]);
      return body;
    } catch (error) {
      const status = (error as { getStatus?: () => number }).getStatus?.() ?? 500;
      // The request's own error is the answer, even when the database cannot record it now: an IN_PROGRESS key left
      // behind is retaken after two minutes.
      await this.db
        .query(
          status < 500
            ? `DELETE FROM idempotency_keys WHERE user_id = $1 AND key = $2`
            : `UPDATE idempotency_keys SET status = 'UNKNOWN' WHERE user_id = $1 AND key = $2`,
          [userId, key],
        )
        .catch(() => undefined);
      throw error;
    }
  }

  /** True when this request may run; the stored row when its answer is to be replayed. */
  private async claim(
    userId: string,
    key: string,
    fingerprint: string,
    waitUntil = Date.now() + temporalConfig().callTimeoutMs + 1000,
  ): Promise<true | KeyRow> {
    const inserted: unknown[] = await this.db.query(
      `INSERT INTO idempotency_keys (user_id, key, fingerprint) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING key`,
      [userId, key, fingerprint],
    );
    if (inserted.length) return true;
    const [row]: KeyRow[] = await this.db.query(`SELECT fingerprint, status, response_body FROM idempotency_keys WHERE user_id = $1 AND key = $2`, [
      userId,
      key,
    ]);
    if (!row) return this.claim(userId, key, fingerprint, waitUntil);
    if (row.fingerprint !== fingerprint)
      throw new AppException(
        ErrorCode.IDEMPOTENCY_KEY_REUSED,
        'This Idempotency-Key was already used for a different request; use a new key for a new request',
      );
    if (row.status === 'DONE') return row;
    // A retry after an unknown outcome runs again: the services make that safe (a tip is found by its key). So does
    // one whose first attempt never finished (the API stopped meanwhile).
    const retaken = updatedRows(
      await this.db.query(
        `UPDATE idempotency_keys SET status = 'IN_PROGRESS', created_at = now()
       WHERE user_id = $1 AND key = $2 AND (status = 'UNKNOWN' OR (status = 'IN_PROGRESS' AND created_at < now() - interval '2 minutes'))
       RETURNING key`,
        [userId, key],
      ),
    );
    if (retaken.length) return true;
    // The same request is running right now (a double click, a client retrying too early): wait for its answer.
    if (Date.now() < waitUntil) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      return this.claim(userId, key, fingerprint, waitUntil);
    }
    throw new AppException(
      ErrorCode.IDEMPOTENCY_IN_PROGRESS,
      'The first request with this Idempotency-Key is still being processed; retry the same request shortly to get its answer',
    );
  }
}

/** A replay answers 200 whatever the route's own status; the route's status is applied after interceptors, so it is pinned. */
function pinStatus(response: Response, status: number): void {
  response.status(status);
  response.status = () => response;
}

/** TypeORM answers a raw UPDATE … RETURNING on PostgreSQL with `[rows, rowCount]`, not with the rows alone. */
function updatedRows(result: unknown): unknown[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0];
  return Array.isArray(result) ? result : [];
}
