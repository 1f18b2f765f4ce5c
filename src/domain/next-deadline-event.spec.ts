import { EscalationLadder } from './deadline-catalogue';
import { deadlineEventsDue, nextDeadlineEvent } from './next-deadline-event';

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

describe('deadlineEventsDue', () => {
  const reminded = { ...task, reminderSent: true };

  it('is empty before the first instant and never fires a level early', () => {
    expect(deadlineEventsDue(task, ladder, 15 * DAY - 1)).toEqual([]);
    expect(deadlineEventsDue(reminded, ladder, 20 * DAY - 1)).toEqual([]);
    expect(deadlineEventsDue({ ...reminded, escalationLevel: 1 }, ladder, 22 * DAY - 1)).toEqual([]);
  });

  it('gives each level the instant the deadline sets, whenever the level before it fired', () => {
    // Level 1 fired a whole day late: level 2 is still due two days after the deadline, not two days after that.
    expect(deadlineEventsDue({ ...reminded, escalationLevel: 1 }, ladder, 22 * DAY)).toEqual([
      { kind: 'ESCALATION', at: 22 * DAY, level: 2, target: 'STANDING_OFFICE' },
    ]);
  });

  it('fires everything that came due during a late wake at once, in ladder order, each with its own instant', () => {
    expect(deadlineEventsDue(task, ladder, 23 * DAY)).toEqual([
      { kind: 'REMINDER', at: 15 * DAY },
      { kind: 'ESCALATION', at: 20 * DAY, level: 1, target: 'AGENCY_HEAD' },
      { kind: 'ESCALATION', at: 22 * DAY, level: 2, target: 'STANDING_OFFICE' },
    ]);
    expect(deadlineEventsDue(task, ladder, 100 * DAY).map((e) => e.at)).toEqual([15 * DAY, 20 * DAY, 22 * DAY, 25 * DAY]);
  });

  it('stops once the ladder is exhausted', () => {
    expect(deadlineEventsDue({ ...reminded, escalationLevel: 3 }, ladder, 100 * DAY)).toEqual([]);
  });
});
