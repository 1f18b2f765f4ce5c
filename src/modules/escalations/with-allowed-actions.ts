import { actorOf } from '../../common/auth/actor-of';
import type { AuthUser } from '../../common/auth/auth-user';
import { allowedEscalationActions } from '../../domain/access/allowed-escalation-actions';
import type { EscalationTarget } from '../../domain/deadline-catalogue';
import type { EscalationDto } from './dto/escalation.dto';

/** The escalation with what this caller may do on it, by the rule the acknowledgement is checked with. */
export function withEscalationActions(user: AuthUser, escalation: EscalationDto): EscalationDto {
  escalation.allowedActions = allowedEscalationActions(
    {
      escalationId: escalation.id,
      level: escalation.level,
      target: escalation.target as EscalationTarget,
      agencyCode: escalation.agencyCode,
      acknowledgedAt: escalation.acknowledgedAt ? Date.parse(escalation.acknowledgedAt) : undefined,
    },
    actorOf(user),
  );
  return escalation;
}
