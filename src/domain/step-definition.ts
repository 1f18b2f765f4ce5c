import { OutcomeSchema } from './outcome-schema';
import { Role } from './role';

/** What a step asks of an agency and which outcome closes it. */
export interface StepDefinition {
  stepType: string;
  title: { vi: string; en: string };
  outcome: OutcomeSchema;
  /** Roles (within the assigned agency) that may complete it. */
  completerRoles: Role[];
  /**
   * One of several parallel tasks of the same step that together sign something off (a joint operation): each must
   * be signed by a different agency and a different person, also after a reassignment.
   */
  jointSignOff?: boolean;
}
