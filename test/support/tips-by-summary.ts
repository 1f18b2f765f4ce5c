import type { DataSource } from 'typeorm';
import { columnSealer } from '../../src/common/crypto/column-sealer';

/** The tips whose summary is one of these: summaries are sealed, so SQL cannot compare them; each is opened here. */
export async function tipsBySummary(db: DataSource, ...summaries: string[]): Promise<Array<{ id: string; workflowId: string }>> {
  const rows = (await db.query(`SELECT id, workflow_id AS "workflowId", summary FROM tips`)) as Array<{
    id: string;
    workflowId: string;
    summary: string;
  }>;
  return rows.filter((row) => summaries.includes(columnSealer().open(row.summary, 'tips.summary'))).map(({ id, workflowId }) => ({ id, workflowId }));
}
