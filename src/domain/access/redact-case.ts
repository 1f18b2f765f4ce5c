import type { ReadAccess } from './read-access';
import type { RedactableEvent } from './redact-event';
import { redactTimeline } from './redact-process';
import type { Viewer } from './viewer';

export interface RedactableCase<C extends { outcome: string | null }, V extends RedactableEvent> {
  processes: C[];
  timeline: V[];
}

/**
 * A case as this reader may see it: its header and processes with their status always; the processes' outcomes only
 * to coordinators; the timeline of the case and of all its processes redacted like a process's (`taskAgencies`:
 * task id → agency, over all its processes).
 */
export function redactCase<C extends { outcome: string | null }, V extends RedactableEvent, K extends RedactableCase<C, V>>(
  kase: K,
  access: ReadAccess,
  viewer: Viewer,
  taskAgencies: ReadonlyMap<string, string>,
): K {
  if (access === 'FULL') return kase;
  if (access === 'NONE') throw new Error('A case is never shown to a caller without access');
  return {
    ...kase,
    processes: kase.processes.map((p) => ({ ...p, outcome: null })),
    timeline: redactTimeline(kase.timeline, access, viewer, taskAgencies),
  };
}
