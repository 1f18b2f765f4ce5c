import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../../domain/access/viewer';
import type { WorkSubject } from '../../domain/subject/work-subject';
import { TaskEntity } from '../tasks/task.entity';
import { TipEntity } from '../tips/tip.entity';
import { tipsWithText } from './tips-with-text';
import { workSubjects } from './work-subjects';

const distinct = (codes: string[]) => [...new Set(codes)];
const OPEN = `status IN ('OPEN', 'CLAIMED')`;

/**
 * What other features ask of the task projection, one method per question: who is involved in a process or a case,
 * what a task is about, which readable tips a term finds, what open work an agency or the calendar holds. Besides
 * these, only the tasks feature's lists and summary and the aggregates (statistics, metrics, the live-event feed, the
 * case list's counts) query `tasks` by hand; test/architecture/layers.test.ts holds that line.
 */
@Injectable()
export class TaskRecordsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The task, as the projection last wrote it; null when there is none (yet). */
  byId(id: string): Promise<TaskEntity | null> {
    return this.db.manager.findOneBy(TaskEntity, { id });
  }

  /**
   * The agencies involved in a process: those that have or had a task in it (a completed task stays in the table)
   * and, for a tip's verification, the investigating agency named on the tip.
   */
  async agenciesInProcess(processId: string): Promise<string[]> {
    const [tasks, tips] = await Promise.all([
      this.db.manager.find(TaskEntity, { select: { agencyCode: true }, where: { processId } }),
      this.db.manager.find(TipEntity, { select: { investigatingAgencyCode: true }, where: { workflowId: processId } }),
    ]);
    return distinct([...tasks.map((t) => t.agencyCode), ...tips.map((t) => t.investigatingAgencyCode)]);
  }

  /**
   * The agencies involved in a case: those that have or had a task in any of its processes, and the investigating
   * agency of every tip it carries (the one that opened it included).
   */
  async agenciesInCase(kase: { id: string; originTipId: string | null }): Promise<string[]> {
    const [tasks, tips] = await Promise.all([
      this.db.manager.find(TaskEntity, { select: { agencyCode: true }, where: { caseId: kase.id } }),
      this.db.manager.find(TipEntity, {
        select: { investigatingAgencyCode: true },
        where: [{ caseId: kase.id }, ...(kase.originTipId ? [{ id: kase.originTipId }] : [])],
      }),
    ]);
    return distinct([...tasks.map((t) => t.agencyCode), ...tips.map((t) => t.investigatingAgencyCode)]);
  }

  /** The processes of the case in which the agency has or had a task. */
  async processesOfAgencyInCase(caseId: string, agencyCode: string): Promise<string[]> {
    const rows = await this.db.manager
      .createQueryBuilder(TaskEntity, 'k')
      .select('DISTINCT k.process_id', 'process_id')
      .where('k.case_id = :caseId AND k.agency_code = :agencyCode', { caseId, agencyCode })
      .getRawMany<{ process_id: string }>();
    return rows.map((r) => r.process_id);
  }

  /** Whether the process's first task has reached the projection. */
  async processHasTask(processId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(`SELECT 1 FROM tasks WHERE process_id = $1 LIMIT 1`, [processId]);
    return rows.length > 0;
  }

  /** Open tasks of the agency; `manager` reads inside the caller's transaction. */
  async openCountOfAgency(agencyCode: string, manager: EntityManager = this.db.manager): Promise<number> {
    const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM tasks WHERE agency_code = $1 AND ${OPEN}`, [agencyCode]);
    return count;
  }

  /** Open tasks whose deadline was counted over a year the calendar has not published. */
  async openCountWithIncompleteCalendar(): Promise<number> {
    const [{ count }] = await this.db.query(`SELECT count(*)::int AS count FROM tasks WHERE calendar_incomplete AND ${OPEN}`);
    return count;
  }

  /** What each task is about, cut to what the viewer may see (see `workSubjects`). */
  subjects(viewer: Viewer, taskIds: readonly string[]): Promise<Map<string, WorkSubject>> {
    return workSubjects(this.db.manager, viewer, taskIds);
  }

  /** The ids of the tips, among those the caller may read, whose summary or place holds the term (see `tipsWithText`). */
  tipsWithText(scope: 'ALL' | 'INVOLVED', agencyCode: string, term: string): Promise<string[]> {
    return tipsWithText(this.db.manager, scope, agencyCode, term);
  }
}
