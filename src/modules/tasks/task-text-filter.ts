import type { SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { likePattern } from '../../common/pagination/like-pattern';
import { subjectAccess } from '../../domain/subject/subject-access';
import { STEP_DEFINITIONS } from '../../domain/step-definitions';
import { involvementSql } from '../records/involvement-sql';
import type { TaskRecordsRepository } from '../records/task-records.repository';
import type { TaskEntity } from './task.entity';

/** The tips a task is about: its own verification's, or its case's. */
const TASK_TIPS = `tips x WHERE (x.workflow_id = t.process_id OR (t.case_id IS NOT NULL AND x.case_id = t.case_id))`;
/** The caller's agency works on the tip's verification (the tip's access rule). */
const TIP_INVOLVED = involvementSql.tip('x', ':qAgency');

/** Step types whose Vietnamese or English title holds the term (titles live in the code, not the database). */
function stepTypesTitled(term: string): string[] {
  const needle = term.normalize('NFC').toLocaleLowerCase('vi');
  return Object.entries(STEP_DEFINITIONS)
    .filter(([, step]) => [step.title.vi, step.title.en].some((title) => title.normalize('NFC').toLocaleLowerCase('vi').includes(needle)))
    .map(([stepType]) => stepType);
}

/**
 * The inbox's search: the term in the step's title, the case's reference, the person's label, the tip's reference
 * and, only where the caller may read the tip (`subjectAccess`), its summary and place, so a search never tells what
 * a hidden tip says. Summaries and places are sealed at rest: they are matched in memory among the tips the caller
 * may read (`tipsWithText`), and SQL sees only the ids found.
 */
export async function taskTextFilter(
  query: SelectQueryBuilder<TaskEntity>,
  user: AuthUser,
  term: string,
  records: Pick<TaskRecordsRepository, 'tipsWithText'>,
): Promise<void> {
  const tip = subjectAccess(user).tip;
  const readable = tip === 'ALL' || tip === 'INVOLVED' ? await records.tipsWithText(tip, user.agencyCode, term) : [];
  const tipText = `x.reference ILIKE :qLike OR x.id = ANY(:qTipIds::uuid[])`;
  const tipMatch =
    tip === 'ALL'
      ? `EXISTS (SELECT 1 FROM ${TASK_TIPS} AND (${tipText}))`
      : tip === 'INVOLVED'
        ? `EXISTS (SELECT 1 FROM ${TASK_TIPS} AND ${TIP_INVOLVED} AND (${tipText}))`
        : 'false';
  query.andWhere(
    `(t.step_type = ANY(:qSteps) OR t.person_label ILIKE :qLike OR EXISTS (SELECT 1 FROM cases c WHERE c.id = t.case_id AND c.reference ILIKE :qLike) OR ${tipMatch})`,
    { qSteps: stepTypesTitled(term.trim()), qLike: likePattern(term.trim()), qAgency: user.agencyCode, qTipIds: readable },
  );
}
