import { atRiskFrom } from './at-risk-from';
import { AT_RISK_RATIO } from './at-risk-ratio';
import { dueStateOf } from './due-state-of';

const HOUR = 3_600_000;
const created = Date.UTC(2026, 10, 1);
/** A task of 100 hours: at risk from hour 75, overdue after hour 100. */
const task = { createdAt: created, dueAt: created + 100 * HOUR, suspendedAt: null, internalPauseSince: null };
const at = (hours: number) => created + hours * HOUR;

describe('due state of an open task', () => {
  it('is at risk from the reminder point, AT_RISK_RATIO of the time from creation to the deadline', () => {
    expect(AT_RISK_RATIO).toBe(0.75);
    expect(atRiskFrom(task)).toBe(at(75));
    expect(dueStateOf(task, at(75) - 1)).toBe('ON_TIME');
    expect(dueStateOf(task, at(75))).toBe('AT_RISK');
    expect(dueStateOf(task, at(100))).toBe('AT_RISK');
    expect(dueStateOf(task, at(100) + 1)).toBe('OVERDUE');
  });

  it('counts from creation, not from the legal start, as the reminder does', () => {
    expect(atRiskFrom({ createdAt: at(40), dueAt: at(100) })).toBe(at(85));
  });

  it('reads paused while the clock is stopped, even past the old due date (it will move)', () => {
    expect(dueStateOf({ ...task, suspendedAt: at(10) }, at(20))).toBe('PAUSED');
    expect(dueStateOf({ ...task, suspendedAt: at(10) }, at(90))).toBe('PAUSED');
    expect(dueStateOf({ ...task, suspendedAt: at(10) }, at(200))).toBe('PAUSED');
  });

  it('reads paused during an internal pause until the legal date passes, then overdue', () => {
    const paused = { ...task, internalPauseSince: at(10) };
    expect(dueStateOf(paused, at(20))).toBe('PAUSED');
    expect(dueStateOf(paused, at(90))).toBe('PAUSED');
    expect(dueStateOf(paused, at(100) + 1)).toBe('OVERDUE');
  });
});
