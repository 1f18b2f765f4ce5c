import type { Actor } from '../actor';
import { STANDING_OFFICE_AGENCY } from '../agency-codes';
import type { EscalationTarget } from '../deadline-catalogue';
import { Role } from '../role';
import { checkAcknowledge } from '../task-rules';
import type { EscalationState } from '../task-state';
import { allowedEscalationActions } from './allowed-escalation-actions';
import { EscalationAction } from './escalation-action';

/** The offer against the acknowledgement's own check: what it lists passes, what it leaves out is refused. */
describe('allowedEscalationActions', () => {
  const person = (agencyCode: string, ...roles: Role[]): Actor => ({ userId: `${agencyCode}-${roles.join('-')}`, agencyCode, roles });
  const escalation = (target: EscalationTarget, level: number, extra: Partial<EscalationState> = {}): EscalationState => ({
    escalationId: `e${level}`,
    taskId: 't1',
    processId: 'p1',
    level,
    target,
    agencyCode: 'CA_TINH_CSDT',
    firedAt: 0,
    dueAt: 0,
    ...extra,
  });
  const ladder = [escalation('AGENCY_HEAD', 1), escalation('STANDING_OFFICE', 2), escalation('LEADERSHIP', 3)];
  const people = {
    head: person('CA_TINH_CSDT', Role.AGENCY_HEAD),
    otherHead: person('SO_Y_TE', Role.AGENCY_HEAD),
    officer: person('CA_TINH_CSDT', Role.OFFICER),
    coordinator: person(STANDING_OFFICE_AGENCY, Role.COORDINATOR),
    coordinatorElsewhere: person('CA_TINH_CSDT', Role.COORDINATOR),
    leadership: person('UBND_TINH', Role.LEADERSHIP),
    admin: person('BCD_VPTT', Role.ADMIN),
  };
  const offered = (e: EscalationState, actor: Actor) => allowedEscalationActions(e, actor).includes(EscalationAction.ACKNOWLEDGE);

  it('offers each rung to whom it reached (every rung to leadership), and nothing to the others', () => {
    const table = Object.fromEntries(Object.entries(people).map(([name, actor]) => [name, ladder.map((e) => offered(e, actor))]));
    expect(table).toEqual({
      head: [true, false, false],
      otherHead: [false, false, false],
      officer: [false, false, false],
      coordinator: [false, true, false],
      coordinatorElsewhere: [false, false, false],
      leadership: [true, true, true],
      admin: [false, false, false],
    });
  });

  it('agrees with checkAcknowledge for every rung and person, acknowledged or not', () => {
    for (const actor of Object.values(people))
      for (const e of [...ladder, ...ladder.map((open) => ({ ...open, acknowledgedAt: 1, acknowledgedBy: 'u' }))])
        expect(offered(e, actor)).toBe(checkAcknowledge(e, actor, STANDING_OFFICE_AGENCY) === null);
  });

  it('offers nothing once acknowledged', () => {
    expect(allowedEscalationActions({ ...ladder[0], acknowledgedAt: 1 }, people.head)).toEqual([]);
  });
});
