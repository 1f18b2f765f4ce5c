import type { TimelineEvent } from '../human-task/process-view';

/** What a case keeps of its own history: a timeline only; a case has no tasks, deadlines or catalogue of its own. */
export class CaseRecord {
  private readonly events: TimelineEvent[] = [];

  record(event: Omit<TimelineEvent, 'at'>): void {
    this.events.push({ at: Date.now(), ...event });
  }

  timeline(): TimelineEvent[] {
    return this.events;
  }
}
