import type { EntityManager } from 'typeorm';
import { columnSealer } from '../../common/crypto/column-sealer';
import { involvementSql } from './involvement-sql';

/** The caller's agency works on the tip's verification (the tip's access rule), on `tips x`. */
const INVOLVED = involvementSql.tip('x', '$1');

const fold = (text: string) => text.normalize('NFC').toLocaleLowerCase('vi');

/**
 * The ids of the tips whose summary or place holds the term, among the tips the caller may read (`ALL`, or those its
 * agency is `INVOLVED` in). Summaries and places are sealed at rest, so SQL cannot search them: the readable ones are
 * opened here and matched in memory (case-insensitive, Unicode-normalised). What this costs grows with the number of
 * tips the caller may read (measured in docs/security.md); it never opens a tip the caller may not read.
 */
export async function tipsWithText(manager: EntityManager, scope: 'ALL' | 'INVOLVED', agencyCode: string, term: string): Promise<string[]> {
  const needle = fold(term.trim());
  if (!needle) return [];
  const rows = (await manager.query(`SELECT x.id, x.summary, x.location FROM tips x WHERE ${scope === 'ALL' ? '$1::text IS NOT NULL' : INVOLVED}`, [
    agencyCode,
  ])) as Array<{ id: string; summary: string; location: string }>;
  const sealer = columnSealer();
  return rows
    .filter(
      (row) => fold(sealer.open(row.summary, 'tips.summary')).includes(needle) || fold(sealer.open(row.location, 'tips.location')).includes(needle),
    )
    .map((row) => row.id);
}
