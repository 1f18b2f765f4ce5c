/** A TypeORM DataSource or manager: its `query` answers the rows an INSERT … RETURNING gives. */
interface Sql {
  query(text: string, params?: unknown[]): Promise<unknown>;
}

export interface TaskRows {
  count: number;
  agencyCode: string;
  status: 'OPEN' | 'CLAIMED' | 'COMPLETED' | 'CANCELLED';
  /** The first row's deadline; the next ones follow `stepMs` apart (0: all the same instant). */
  dueFrom: Date;
  stepMs?: number;
  /** Default: a process of its own per row. */
  processId?: string;
  caseId?: string | null;
  assigneeId?: string | null;
  stepType?: string;
  outcome?: Record<string, unknown> | null;
}

/**
 * Task projection rows written straight into PostgreSQL with generate_series, as many as a test or a benchmark
 * needs, without running their workflows (lists read only the projection). Returns the new rows' ids.
 */
export async function insertTaskRows(db: Sql, rows: TaskRows): Promise<string[]> {
  const inserted = (await db.query(
    `INSERT INTO tasks (id, process_id, process_type, case_id, step_type, agency_code, assignee_id, status, created_at,
                        starts_at, due_at, escalation_level, deadline_key, legal_basis, deadline_nature, extensions, outcome,
                        completed_at, revision)
     SELECT gen_random_uuid(), coalesce($1, 'seeded-' || gen_random_uuid()), 'TIP_VERIFICATION', $2, $3, $4, $5, $6, now(),
            now(), $7::timestamptz + i * ($8 || ' milliseconds')::interval, 0, $3, 'seeded', 'LAW', '[]', $9,
            CASE WHEN $6 IN ('COMPLETED', 'CANCELLED') THEN now() END, 1
     FROM generate_series(0, $10 - 1) i
     RETURNING id`,
    [
      rows.processId ?? null,
      rows.caseId ?? null,
      rows.stepType ?? 'TIP_VERIFY',
      rows.agencyCode,
      rows.assigneeId ?? null,
      rows.status,
      rows.dueFrom.toISOString(),
      String(rows.stepMs ?? 60_000),
      rows.outcome ? JSON.stringify(rows.outcome) : null,
      rows.count,
    ],
  )) as Array<{ id: string }>;
  return inserted.map((r) => r.id);
}
