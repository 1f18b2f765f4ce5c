import type { EntityManager, QueryRunner } from 'typeorm';
import { DataCipher } from '../../common/crypto/data-cipher';
import { EnvelopeSealer } from '../../common/crypto/envelope-sealer';
import { SEALED_COLUMNS, type SealedColumn } from './sealed-columns';

type Db = Pick<EntityManager | QueryRunner, 'query'>;

/** What one pass did to one column. */
export interface ResealCount {
  column: string;
  /** Rows whose value was sealed or re-wrapped under the current KEK. */
  changed: number;
  /** Rows written meanwhile by the application (so already under the current KEK): left as they were. */
  raced: number;
}

/** A clear value, or one of `DataCipher`'s (tipster contacts before envelope encryption), as plain text. */
function legacyPlain(column: SealedColumn, stored: string): string {
  if (column.table === 'tipster_contacts' && !stored.startsWith('{')) return new DataCipher().decrypt(stored);
  return stored;
}

function resealText(sealer: EnvelopeSealer, column: SealedColumn, stored: string): string {
  return EnvelopeSealer.isSealed(stored) ? sealer.reseal(stored, column.context) : sealer.seal(legacyPlain(column, stored), column.context);
}

function resealJson(sealer: EnvelopeSealer, column: SealedColumn, value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => resealJson(sealer, column, item));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, field]) => {
      if (typeof field !== 'string') return [key, field];
      if (EnvelopeSealer.isSealed(field)) return [key, sealer.reseal(field, column.context)];
      return [key, column.isFreeText!(key) ? sealer.seal(field, column.context) : field];
    }),
  );
}

/**
 * Seals every value of the sealed columns still in clear and re-wraps every one under an older KEK with the current
 * one, in batches of `batchSize` rows, each batch its own statements: the application keeps running (it reads any
 * KEK in the key file, and writes with the current one). An update applies only if the row still holds what was read,
 * so a value the application rewrote meanwhile is never overwritten with an older one. Empty tables: nothing to do.
 */
export async function resealColumns(db: Db, sealer: EnvelopeSealer, batchSize = 500, columns = SEALED_COLUMNS): Promise<ResealCount[]> {
  const counts: ResealCount[] = [];
  for (const column of columns) {
    const count: ResealCount = { column: `${column.table}.${column.column}`, changed: 0, raced: 0 };
    let after: string | null = null;
    for (;;) {
      const rows = (await db.query(
        `SELECT ${column.key}::text AS k, ${column.column} AS v FROM ${column.table}
          WHERE ($1::text IS NULL OR ${column.key}::text > $1) AND ${column.column} IS NOT NULL
          ORDER BY ${column.key}::text LIMIT ${batchSize}`,
        [after],
      )) as Array<{ k: string; v: unknown }>;
      for (const row of rows) {
        const next = column.kind === 'text' ? resealText(sealer, column, row.v as string) : resealJson(sealer, column, row.v);
        const same = column.kind === 'text' ? next === row.v : JSON.stringify(next) === JSON.stringify(row.v);
        if (same) continue;
        const cast = column.kind === 'json' ? '::jsonb' : '';
        const updated = (await db.query(
          `UPDATE ${column.table} SET ${column.column} = $2${cast} WHERE ${column.key}::text = $1 AND ${column.column} = $3${cast} RETURNING 1`,
          [row.k, column.kind === 'json' ? JSON.stringify(next) : next, column.kind === 'json' ? JSON.stringify(row.v) : row.v],
        )) as unknown[];
        if (updated.length) count.changed += 1;
        else count.raced += 1;
      }
      if (rows.length < batchSize) break;
      after = rows[rows.length - 1].k;
    }
    counts.push(count);
  }
  return counts;
}
