/**
 * The access rules on tips and cases as SQL conditions, written once for every list and search that needs them.
 * `tip` and `kase` are the aliases of a `tips` and a `cases` row, `agency` a bound parameter (`$2`, `:agency`).
 */
export const involvementSql = {
  /** The agency investigates the tip, or has or had a task in its verification (a completed task stays in the table). */
  tip: (tip: string, agency: string): string =>
    `(${tip}.investigating_agency_code = ${agency} OR EXISTS (SELECT 1 FROM tasks k WHERE k.process_id = ${tip}.workflow_id AND k.agency_code = ${agency}))`,

  /** The agency has or had a task in the case, or investigates one of its tips. */
  case: (kase: string, agency: string): string =>
    `(EXISTS (SELECT 1 FROM tasks k WHERE k.case_id = ${kase}.id AND k.agency_code = ${agency})
    OR EXISTS (SELECT 1 FROM tips p WHERE p.case_id = ${kase}.id AND p.investigating_agency_code = ${agency}))`,
};
