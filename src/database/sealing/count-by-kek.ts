import type { EntityManager } from 'typeorm';
import { SEALED_COLUMNS } from './sealed-columns';

/**
 * How many sealed values name each KEK (and how many text values are still in clear, as `clear`), over every sealed
 * column: what tells that a rotation is complete and an old KEK may be retired.
 */
export async function countByKek(db: Pick<EntityManager, 'query'>): Promise<Record<string, number>> {
  const totals: Record<string, number> = {};
  for (const c of SEALED_COLUMNS) {
    // Every string in the value (the whole text, or each field of the json) that is sealed names its KEK third.
    const strings =
      c.kind === 'text'
        ? `SELECT ${c.column} AS s FROM ${c.table} WHERE ${c.column} IS NOT NULL`
        : `SELECT j.value #>> '{}' AS s FROM ${c.table} t,
             LATERAL jsonb_path_query(t.${c.column}, 'strict $.**') j(value)
            WHERE jsonb_typeof(j.value) = 'string' AND (j.value #>> '{}') LIKE 'sealed:v1:%'`;
    const rows = (await db.query(
      `SELECT CASE WHEN s LIKE 'sealed:v1:%' THEN split_part(s, ':', 3) ELSE 'clear' END AS kek, count(*)::int AS n FROM (${strings}) x GROUP BY 1`,
    )) as Array<{ kek: string; n: number }>;
    for (const row of rows) totals[row.kek] = (totals[row.kek] ?? 0) + row.n;
  }
  return totals;
}
