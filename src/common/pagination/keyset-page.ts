import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AppException } from '../app-exception';
import { ErrorCode } from '../../domain/error-code';
import { castable } from './castable';
import type { Page } from './page';
import { decodeCursor, encodeCursor } from './page-cursor';
import { DEFAULT_PAGE_LIMIT, TOTAL_COUNT_CAP } from './page-limits';

/** How a list is ordered: one sort column, then the id to break ties; both in the same direction. */
export interface KeysetOrder {
  /** The cursor's tag: a cursor of one list is refused by another. */
  list: string;
  /** SQL column, e.g. `t.due_at`; never null, so row comparison holds. */
  key: string;
  keyType: 'timestamptz' | 'text' | 'integer';
  id: string;
  idType: 'uuid' | 'text';
  direction: 'ASC' | 'DESC';
}

export interface PageRequest {
  limit?: number;
  cursor?: string;
}

/**
 * Reads one page after the cursor by row comparison on (key, id), so with an index on (filters…, key, id) a page
 * costs the same on the first page and the thousandth. The key travels as PostgreSQL text, keeping microseconds
 * that a JavaScript Date would lose (and with them, rows at the page boundary). Joins must be to-one: each row is one
 * item, and its raw columns are read by position.
 */
export async function keysetPage<E extends ObjectLiteral, T = E>(
  query: SelectQueryBuilder<E>,
  order: KeysetOrder,
  request: PageRequest,
  /** Turns a row into the list's item; `raw` holds any extra `addSelect` columns by their alias. */
  toItem: (entity: E, raw: Record<string, unknown>) => T = (entity) => entity as unknown as T,
): Promise<Page<T>> {
  const limit = request.limit ?? DEFAULT_PAGE_LIMIT;
  const total = await boundedCount(query);
  if (request.cursor) {
    const after = decodeCursor(request.cursor, order.list);
    if (!castable(after.key, order.keyType) || !castable(after.id, order.idType))
      throw new AppException(ErrorCode.VALIDATION_FAILED, 'cursor: not a cursor of this list; use the X-Next-Cursor header of the previous page');
    const op = order.direction === 'ASC' ? '>' : '<';
    query.andWhere(`(${order.key}, ${order.id}) ${op} (CAST(:pageKey AS ${order.keyType}), CAST(:pageId AS ${order.idType}))`, {
      pageKey: after.key,
      pageId: after.id,
    });
  }
  query
    .addSelect(`CAST(${order.key} AS text)`, 'page_key')
    .orderBy(order.key, order.direction)
    .addOrderBy(order.id, order.direction)
    .limit(limit + 1);
  const { entities, raw } = await query.getRawAndEntities<Record<string, unknown>>();
  const rows = entities.slice(0, limit);
  const last = entities.length > limit ? rows[limit - 1] : undefined;
  const nextCursor = last
    ? encodeCursor({ list: order.list, key: String(raw[limit - 1].page_key), id: String((last as Record<string, unknown>).id) })
    : undefined;
  return { items: rows.map((row, i) => toItem(row, raw[i])), nextCursor, total };
}

/** Counts the filtered rows, giving up past TOTAL_COUNT_CAP so a count stays as cheap as a page. */
async function boundedCount<E extends ObjectLiteral>(query: SelectQueryBuilder<E>): Promise<number | undefined> {
  const [sql, params] = query
    .clone()
    .select('1')
    .orderBy()
    .limit(TOTAL_COUNT_CAP + 1)
    .getQueryAndParameters();
  const [row] = (await query.connection.query(`SELECT count(*)::int AS n FROM (${sql}) bounded`, params)) as { n: number }[];
  return row.n > TOTAL_COUNT_CAP ? undefined : row.n;
}
