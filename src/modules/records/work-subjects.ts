import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../domain/access/viewer';
import { subjectAccess } from '../../domain/subject/subject-access';
import { subjectLine } from '../../domain/subject/subject-line';
import { NO_SUBJECT, type WorkSubject } from '../../domain/subject/work-subject';
import { columnSealer } from '../../common/crypto/column-sealer';
import { involvementSql } from './involvement-sql';

interface SubjectRow {
  task_id: string;
  case_reference: string | null;
  tip_reference: string | null;
  summary: string | null;
  location: string | null;
  tip_involved: boolean | null;
  person_label: string | null;
  person_child: boolean | null;
}

/**
 * The tip a task is about: its own verification's tip, else its case's origin tip, else the case's first tip. The
 * case is the task's, or the one its tip opened. One statement for a whole page, so a list of 200 costs one query.
 */
const SUBJECTS_SQL = `
SELECT t.id AS task_id, t.person_label, t.person_child,
       COALESCE(c.reference, (SELECT tc.reference FROM cases tc WHERE tc.id = tp.case_id)) AS case_reference,
       tp.reference AS tip_reference, tp.summary, tp.location,
       ${involvementSql.tip('tp', '$2')} AS tip_involved
FROM tasks t
LEFT JOIN cases c ON c.id = t.case_id
LEFT JOIN LATERAL (
  SELECT x.reference, x.summary, x.location, x.investigating_agency_code, x.workflow_id, x.case_id FROM tips x
  WHERE x.workflow_id = t.process_id OR x.id = c.origin_tip_id OR x.case_id = t.case_id
  ORDER BY (x.workflow_id = t.process_id) DESC, (x.id = c.origin_tip_id) DESC NULLS LAST, x.received_at, x.id
  LIMIT 1
) tp ON true
WHERE t.id = ANY($1::uuid[])`;

/**
 * The subject of each task (by id), cut to what this reader may see: the read model every list of work uses (tasks,
 * approvals, escalations, notifications). Unknown ids are absent from the map.
 */
export async function workSubjects(manager: EntityManager, viewer: Viewer, taskIds: readonly string[]): Promise<Map<string, WorkSubject>> {
  const ids = [...new Set(taskIds)];
  const access = subjectAccess(viewer);
  if (ids.length === 0 || !access.caseAndPerson) return new Map(ids.map((id) => [id, NO_SUBJECT]));
  const rows = (await manager.query(SUBJECTS_SQL, [ids, viewer.agencyCode])) as SubjectRow[];
  const sealer = columnSealer();
  return new Map(
    rows.map((row) => {
      const tip = row.tip_reference !== null && (access.tip === 'ALL' || (access.tip === 'INVOLVED' && row.tip_involved === true));
      const subject: WorkSubject = {
        caseReference: row.case_reference,
        tipReference: tip ? row.tip_reference : null,
        // Opened only where this reader may see them; raw SQL bypasses the entity's transformer.
        summary: tip && row.summary ? subjectLine(sealer.open(row.summary, 'tips.summary')) : null,
        place: tip && row.location !== null ? sealer.open(row.location, 'tips.location') : null,
        personLabel: row.person_label,
        child: row.person_child,
      };
      return [row.task_id, subject];
    }),
  );
}
