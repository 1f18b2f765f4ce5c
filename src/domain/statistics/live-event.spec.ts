import { Role } from '../role';
import { hearsEvent, LiveEvent } from './live-event';

const task: LiveEvent = { type: 'task.created', taskId: 't', processId: 'p', agencyCode: 'A', status: 'OPEN', revision: 1 };
const escalation: LiveEvent = {
  type: 'escalation.fired',
  escalationId: 'e',
  taskId: 't',
  processId: 'p',
  agencyCode: 'A',
  level: 1,
  target: 'AGENCY_HEAD',
};
const actor = (roles: Role[], agencyCode = 'A') => ({ userId: 'u', agencyCode, roles });

describe('hearsEvent', () => {
  it('gives an agency its own tasks only, coordinators and leadership every task, administrators none', () => {
    expect(hearsEvent(task, actor([Role.OFFICER]), 'SO')).toBe(true);
    expect(hearsEvent(task, actor([Role.OFFICER], 'B'), 'SO')).toBe(false);
    expect(hearsEvent(task, actor([Role.COORDINATOR], 'SO'), 'SO')).toBe(true);
    expect(hearsEvent(task, actor([Role.LEADERSHIP], 'L'), 'SO')).toBe(true);
    expect(hearsEvent(task, actor([Role.ADMIN]), 'SO')).toBe(false);
  });

  it('gives escalations to those they are addressed to, like the escalation list', () => {
    expect(hearsEvent(escalation, actor([Role.AGENCY_HEAD]), 'SO')).toBe(true);
    expect(hearsEvent(escalation, actor([Role.OFFICER]), 'SO')).toBe(false);
    expect(hearsEvent(escalation, actor([Role.AGENCY_HEAD], 'B'), 'SO')).toBe(false);
    expect(hearsEvent(escalation, actor([Role.LEADERSHIP], 'L'), 'SO')).toBe(true);
  });
});
