import type { Actor } from '../actor';
import { Role } from '../role';
import { canSeeEscalation } from '../task-rules';
import type { EscalationTarget } from '../deadline-catalogue';

/** What a live update says: kinds and identifiers only, never an outcome, a name or free text. */
export type LiveEvent =
  | { type: 'task.created' | 'task.updated'; taskId: string; processId: string; agencyCode: string; status: string; revision: number }
  | {
      type: 'escalation.fired' | 'escalation.acknowledged';
      escalationId: string;
      taskId: string;
      processId: string;
      agencyCode: string;
      level: number;
      target: EscalationTarget;
    }
  | { type: 'tip.updated'; tipId: string; reference: string; processId: string; agencyCode: string; status: string };

/** Who hears an event: the same scope as the lists (GET /tasks, /escalations, /tips) would give the caller. */
export function hearsEvent(event: LiveEvent, actor: Actor, standingOfficeCode: string): boolean {
  const has = (r: Role) => actor.roles.includes(r);
  switch (event.type) {
    case 'task.created':
    case 'task.updated':
      return has(Role.COORDINATOR) || has(Role.LEADERSHIP) || ((has(Role.OFFICER) || has(Role.AGENCY_HEAD)) && actor.agencyCode === event.agencyCode);
    case 'escalation.fired':
    case 'escalation.acknowledged':
      return canSeeEscalation(event, actor, standingOfficeCode);
    case 'tip.updated':
      return has(Role.COORDINATOR) || ((has(Role.OFFICER) || has(Role.AGENCY_HEAD)) && actor.agencyCode === event.agencyCode);
  }
}
