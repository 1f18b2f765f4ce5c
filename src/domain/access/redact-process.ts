import type { ReadAccess } from './read-access';
import { redactEvent, RedactableEvent } from './redact-event';
import { redactTask, RedactableTask } from './redact-task';
import { seesOwnEscalations } from './access-rules';
import type { Viewer } from './viewer';

export interface RedactableProcessTask extends RedactableTask {
  id: string;
  agencyCode: string;
}

export interface RedactableEscalation {
  agencyCode: string;
  note: string | null;
}

export interface RedactableProcess<T extends RedactableProcessTask, E extends RedactableEscalation, V extends RedactableEvent> {
  tasks: T[];
  escalations: E[];
  timeline: V[];
}

/**
 * Whether this reader sees an event in full: coordinators always; an involved agency the events of its own tasks;
 * nobody else (leadership included) sees outcomes, reasons or notes. `taskAgencies`: task id → its agency.
 */
export function seesEventInFull(event: RedactableEvent, access: ReadAccess, viewer: Viewer, taskAgencies: ReadonlyMap<string, string>): boolean {
  if (access === 'FULL') return true;
  if (access !== 'AGENCY' || !event.taskId) return false;
  return taskAgencies.get(event.taskId) === viewer.agencyCode;
}

/** The timeline as this reader may see it. */
export function redactTimeline<V extends RedactableEvent>(
  timeline: V[],
  access: ReadAccess,
  viewer: Viewer,
  taskAgencies: ReadonlyMap<string, string>,
): V[] {
  return timeline.map((e) => (seesEventInFull(e, access, viewer, taskAgencies) ? e : redactEvent(e)));
}

/**
 * A process (its tasks, escalations and timeline) as this reader may see it: see `ReadAccess`. An agency head also
 * sees the escalations of their own agency's tasks (with their notes); leadership sees every escalation, without notes.
 */
export function redactProcess<
  T extends RedactableProcessTask,
  E extends RedactableEscalation,
  V extends RedactableEvent,
  P extends RedactableProcess<T, E, V>,
>(process: P, access: ReadAccess, viewer: Viewer): P {
  if (access === 'FULL') return process;
  if (access === 'NONE') throw new Error('A process is never shown to a caller without access');
  const taskAgencies = new Map(process.tasks.map((t) => [t.id, t.agencyCode]));
  const own = (agencyCode: string) => access === 'AGENCY' && agencyCode === viewer.agencyCode;
  return {
    ...process,
    tasks: process.tasks.map((t) => redactTask(t, own(t.agencyCode) ? 'FULL' : 'STATUS_ONLY')),
    escalations:
      access === 'OVERSIGHT'
        ? process.escalations.map((e) => ({ ...e, note: null }))
        : process.escalations.filter((e) => seesOwnEscalations(viewer) && own(e.agencyCode)),
    timeline: redactTimeline(process.timeline, access, viewer, taskAgencies),
  };
}
