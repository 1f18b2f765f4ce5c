import { applyDecorators, Type, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import { PageHeadersInterceptor } from './page-headers.interceptor';
import { TOTAL_COUNT_CAP } from './page-limits';

/** Marks a list route: its handler returns a Page, the client gets an array plus the paging headers (in OpenAPI too). */
export function Paginated(item: Type<unknown>, description: string) {
  return applyDecorators(
    UseInterceptors(PageHeadersInterceptor),
    ApiOkResponse({
      type: [item],
      description,
      headers: {
        'X-Next-Cursor': {
          description: 'Cursor of the next page (pass it as `cursor`); absent on the last page',
          schema: { type: 'string' },
        },
        Link: { description: 'The next page: `<url>; rel="next"`; absent on the last page', schema: { type: 'string' } },
        'X-Total-Count': {
          description: `Rows matching the filters, all pages; absent when more than ${TOTAL_COUNT_CAP} (not counted, to stay fast)`,
          schema: { type: 'integer' },
        },
      },
    }),
  );
}
