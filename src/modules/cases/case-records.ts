import type { ProcessView } from '../../../workflows/human-task/process-view';
import type { ReadAccess } from '../../domain/access/read-access';
import { seesEventInFull } from '../../domain/access/redact-process';
import type { Viewer } from '../../domain/access/viewer';
import { STEP_DEFINITIONS } from '../../domain/step-definitions';
import type { TaskState } from '../../domain/task-state';
import { TaskStatus } from '../../domain/task-status';
import { toLocalIso } from '../../common/to-local-iso';
import type { CaseRecordDto } from './dto/case-record.dto';
import type { CaseTimelineEventDto } from './dto/case.dto';

/*
 * The case page's reading of its processes' steps, kept to plain mapping functions over what the processes hold
 * (today their workflows' views), so the source can change without touching the page's contract.
 */

const titleOf = (stepType: string) => STEP_DEFINITIONS[stepType]?.title ?? { vi: stepType, en: stepType };

/** Every task of these processes by id. */
export const tasksById = (processes: readonly Pick<ProcessView, 'tasks'>[]): Map<string, TaskState> =>
  new Map(processes.flatMap((p) => p.tasks.map((t) => [t.taskId, t] as const)));

/**
 * The completed steps in the order they were done, each with its outcome and who recorded it only where this reader
 * sees the task in full (the same rule as the timeline: coordinators; an involved agency its own tasks). Names are
 * filled in later by `withNames`.
 */
export function caseRecords(
  processes: readonly Pick<ProcessView, 'tasks'>[],
  access: ReadAccess,
  viewer: Viewer,
): Array<CaseRecordDto & { completedBy: string | null }> {
  const taskAgencies = new Map([...tasksById(processes)].map(([id, t]) => [id, t.agencyCode]));
  return processes
    .flatMap((p) => p.tasks)
    .filter((t) => t.status === TaskStatus.COMPLETED && t.completedAt !== null)
    .sort((a, b) => a.completedAt! - b.completedAt!)
    .map((t) => {
      const full = seesEventInFull({ type: 'TASK_COMPLETED', taskId: t.taskId }, access, viewer, taskAgencies);
      const title = titleOf(t.stepType);
      return {
        processId: t.processId,
        processType: t.processType,
        taskId: t.taskId,
        stepType: t.stepType,
        titleVi: title.vi,
        titleEn: title.en,
        agencyCode: t.agencyCode,
        completedAt: new Date(t.completedAt!).toISOString(),
        completedAtLocal: toLocalIso(t.completedAt)!,
        completedBy: full ? t.completedBy : null,
        completedByName: null,
        outcome: full ? t.outcome : null,
      };
    });
}

/**
 * Timeline entries (already redacted for this reader) named by what they concern: the step of their task with its
 * title and agency. The person is named later by `withNames`, only where the entry kept its actor.
 */
export function namedTimeline(timeline: CaseTimelineEventDto[], tasks: ReadonlyMap<string, TaskState>): CaseTimelineEventDto[] {
  return timeline.map((event) => {
    const task = event.taskId ? tasks.get(event.taskId) : undefined;
    const stepType = task?.stepType ?? (typeof event.detail?.stepType === 'string' ? event.detail.stepType : undefined);
    const agencyCode = task?.agencyCode ?? (typeof event.detail?.agencyCode === 'string' ? event.detail.agencyCode : undefined);
    if (!stepType && !agencyCode) return event;
    const title = stepType ? titleOf(stepType) : undefined;
    return {
      ...event,
      ...(stepType ? { stepType, stepTitleVi: title!.vi, stepTitleEn: title!.en } : {}),
      ...(agencyCode ? { agencyCode } : {}),
    };
  });
}

/** The ids of the people to name: those who recorded a visible outcome, and the actors the timeline kept. */
export const peopleToName = (records: ReadonlyArray<{ completedBy: string | null }>, timeline: readonly CaseTimelineEventDto[]): string[] => [
  ...new Set([...records.map((r) => r.completedBy), ...timeline.map((e) => e.actorId)].filter((id): id is string => Boolean(id))),
];

/** Display names in place of ids (an id without a known account stays unnamed). */
export function withNames(
  records: Array<CaseRecordDto & { completedBy: string | null }>,
  timeline: CaseTimelineEventDto[],
  names: ReadonlyMap<string, string>,
): { records: CaseRecordDto[]; timeline: CaseTimelineEventDto[] } {
  return {
    records: records.map(({ completedBy, ...r }) => ({ ...r, completedByName: (completedBy && names.get(completedBy)) || null })),
    timeline: timeline.map((e) => (e.actorId && names.has(e.actorId) ? { ...e, actorName: names.get(e.actorId) } : e)),
  };
}
