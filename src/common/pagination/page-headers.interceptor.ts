import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { map, Observable } from 'rxjs';
import type { Page } from './page';

/**
 * List bodies stay plain JSON arrays (existing clients read them so); the page's cursor and total travel in
 * `X-Next-Cursor`, `Link: <…>; rel="next"` and `X-Total-Count`.
 */
@Injectable()
export class PageHeadersInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler<Page<unknown>>): Observable<unknown[]> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    return next.handle().pipe(
      map((page) => {
        if (page.total !== undefined) response.setHeader('X-Total-Count', String(page.total));
        if (page.nextCursor) {
          response.setHeader('X-Next-Cursor', page.nextCursor);
          response.setHeader('Link', `<${nextPageUrl(request, page.nextCursor)}>; rel="next"`);
        }
        return page.items;
      }),
    );
  }
}

function nextPageUrl(request: Request, cursor: string): string {
  const url = new URL(request.originalUrl, 'http://placeholder');
  url.searchParams.set('cursor', cursor);
  return `${url.pathname}${url.search}`;
}
