import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { ErrorCode } from '../../domain/error-code';
import { AppException } from '../app-exception';
import { findHostileInput } from './find-hostile-input';

/** One place that refuses NUL characters and runaway nesting in the path, the query and the body of every route. */
@Injectable()
export class HostileInputInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    const found =
      (safeDecode(request.originalUrl ?? request.url).includes('\u0000') ? 'the path or query contains a NUL character' : undefined) ??
      findHostileInput(request.params, 'path') ??
      findHostileInput(request.query, 'query') ??
      findHostileInput(request.body, 'body');
    if (found) throw new AppException(ErrorCode.VALIDATION_FAILED, `Rejected: ${found}`);
    return next.handle();
  }
}

function safeDecode(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}
