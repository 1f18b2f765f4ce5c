export { keysetPage } from './keyset-page';
export type { KeysetOrder, PageRequest } from './keyset-page';
export type { Page } from './page';
export { decodeCursor, encodeCursor } from './page-cursor';
export type { PageCursor } from './page-cursor';
export { PageHeadersInterceptor } from './page-headers.interceptor';
export { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT, TOTAL_COUNT_CAP } from './page-limits';
export { PageQueryDto } from './page-query.dto';
export { Paginated } from './paginated.decorator';
