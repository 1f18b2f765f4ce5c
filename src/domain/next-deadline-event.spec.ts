import { EscalationLadder } from './deadline-catalogue';
import { nextDeadlineEvent } from './next-deadline-event';

const ladder: EscalationLadder = {
  reminderAtRatio: 0.75,
  levels: [
    { level: 2, target: 'STANDING_OFFICE', after: { amount: 2, unit: 'days' } },
    { level: 1, target: 'AGENCY_HEAD', after: { amount: 0, unit: 'days' } },
    { level: 3, target: 'LEADERSHIP', after: { amount: 5, unit: 'days' } },
  ],
};
const DAY = 86_400_000;
const task = { createdAt: 0, dueAt: 20 * DAY, reminderSent: false, escalationLevel: 0 };

describe('nextDeadlineEvent', () => {
  it('reminds at 75 % of the allowed time first', () => {
    expect(nextDeadlineEvent(task, ladder)).toEqual({ kind: 'REMINDER', at: 15 * DAY });
  });

  it('then climbs the ladder in level order, each at its delay after the deadline', () => {
    expect(nextDeadlineEvent({ ...task, reminderSent: true }, ladder)).toEqual({ kind: 'ESCALATION', at: 20 * DAY, level: 1, target: 'AGENCY_HEAD' });
    expect(nextDeadlineEvent({ ...task, reminderSent: true, escalationLevel: 1 }, ladder)).toMatchObject({ level: 2, at: 22 * DAY });
    expect(nextDeadlineEvent({ ...task, reminderSent: true, escalationLevel: 2 }, ladder)).toMatchObject({ level: 3, at: 25 * DAY });
    expect(nextDeadlineEvent({ ...task, reminderSent: true, escalationLevel: 3 }, ladder)).toBeNull();
  });

  it('follows a moved deadline', () => {
    expect(nextDeadlineEvent({ ...task, dueAt: 60 * DAY, reminderSent: true, escalationLevel: 1 }, ladder)).toMatchObject({ level: 2, at: 62 * DAY });
  });

  it('does not send a reminder once escalation has begun', () => {
    expect(nextDeadlineEvent({ ...task, escalationLevel: 1 }, ladder)).toMatchObject({ kind: 'ESCALATION', level: 2 });
  });
});
