import type { Actor } from '../actor';
import { checkProcessCancel } from '../process/check-process-cancel';
import { Role } from '../role';
import { allowedProcessActions } from './allowed-process-actions';
import { ProcessAction } from './process-action';

describe('allowedProcessActions', () => {
  const person = (...roles: Role[]): Actor => ({ userId: roles.join('-'), agencyCode: 'BCD_VPTT', roles });
  const everyone = [Role.COORDINATOR, Role.OFFICER, Role.AGENCY_HEAD, Role.LEADERSHIP, Role.ADMIN].map((role) => person(role));

  it('offers a coordinator to cancel a running process, nobody else, and nothing once it ended', () => {
    expect(everyone.map((actor) => allowedProcessActions({ processId: 'p', status: 'RUNNING' }, actor))).toEqual([
      [ProcessAction.CANCEL],
      [],
      [],
      [],
      [],
    ]);
    for (const status of ['COMPLETED', 'CANCELLED', 'FAILED'])
      expect(allowedProcessActions({ processId: 'p', status }, person(Role.COORDINATOR))).toEqual([]);
  });

  it('agrees with the check the workflow applies', () => {
    for (const status of ['RUNNING', 'COMPLETED', 'CANCELLED'])
      for (const actor of [...everyone, person(Role.OFFICER, Role.COORDINATOR)])
        expect(allowedProcessActions({ processId: 'p', status }, actor).includes(ProcessAction.CANCEL)).toBe(
          checkProcessCancel({ processId: 'p', status }, actor) === null,
        );
  });
});
