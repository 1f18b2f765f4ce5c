import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { from, mergeMap, Observable } from 'rxjs';
import type { AuthUser } from '../../common/auth/auth-user';
import { REPLAYED_HEADER } from '../../common/idempotency/idempotency.interceptor';
import { AUDITED_ACTION_METADATA } from './audited-action.decorator';
import { AuditService } from './audit.service';
import type { WorkAction } from './work-action';
import { routePath } from '../../common/route-path';

/**
 * The one place actions on the work are audited at the API, with the user who asked (the workflow's timeline records
 * them too, but only the API knows the session). It writes after the change succeeded; an idempotent replay (the
 * first answer given again, marked by IdempotencyInterceptor) writes none, so one change is one row. By then the engine holds the change, so
 * a failed audit write is logged as an error and the answer still goes: refusing it would tell the caller that a
 * change which happened did not.
 */
@Injectable()
export class ActionAuditInterceptor implements NestInterceptor {
  private readonly logger = new Logger(ActionAuditInterceptor.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const action = this.reflector.get<WorkAction | undefined>(AUDITED_ACTION_METADATA, context.getHandler());
    if (!action || context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const response = context.switchToHttp().getResponse<Response>();
    return next
      .handle()
      .pipe(mergeMap((answer) => (response.getHeader(REPLAYED_HEADER) ? [answer] : from(this.record(action, request, answer).then(() => answer)))));
  }

  private async record(action: WorkAction, request: Request & { user?: AuthUser }, answer: unknown): Promise<void> {
    const route = `${request.method} ${routePath(request)}`;
    const subjectId = action.subject((request.params ?? {}) as Record<string, string>, answer) ?? route;
    try {
      await this.audit.recordUnchained({
        actorId: request.user?.userId ?? null,
        action: action.action,
        subjectType: action.subjectType,
        subjectId,
        detail: { route },
      });
    } catch (e) {
      this.logger.error(`audit row of ${action.action} ${action.subjectType} ${subjectId} not written: ${(e as Error).message}`);
    }
  }
}
