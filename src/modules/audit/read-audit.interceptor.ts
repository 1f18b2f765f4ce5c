import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { from, mergeMap, Observable } from 'rxjs';
import type { AuthUser } from '../../common/auth/auth-user';
import { AUDITED_READ_METADATA } from './audited-read.decorator';
import { AuditService } from './audit.service';
import type { ReadDisclosure } from './read-disclosure';
import { routePath } from '../../common/route-path';

/** More subjects than this in one answer are counted, and only the first ones named (a page is at most 100 rows). */
const MAX_NAMED_SUBJECTS = 200;

/**
 * The one place reads of victim or tipster data are audited. After the handler answers and before the answer is
 * sent, it writes one row naming the reader, the route and the subjects disclosed; if that write fails the answer is
 * not sent (no disclosure without its record). The query string is not kept: a search text can itself be personal.
 */
@Injectable()
export class ReadAuditInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const disclosure = this.reflector.get<ReadDisclosure | undefined>(AUDITED_READ_METADATA, context.getHandler());
    if (!disclosure || context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    return next.handle().pipe(mergeMap((answer) => from(this.record(disclosure, request, answer).then(() => answer))));
  }

  private async record(disclosure: ReadDisclosure, request: Request & { user?: AuthUser }, answer: unknown): Promise<void> {
    const subjects = [...new Set(disclosure.subjects(answer).filter(Boolean))];
    if (!subjects.length) return;
    const route = `${request.method} ${routePath(request)}`;
    await this.audit.recordUnchained({
      actorId: request.user?.userId ?? null,
      action: disclosure.action,
      subjectType: disclosure.subjectType,
      subjectId: disclosure.list ? route : subjects[0],
      detail: { route, count: subjects.length, subjects: subjects.slice(0, MAX_NAMED_SUBJECTS) },
    });
  }
}
