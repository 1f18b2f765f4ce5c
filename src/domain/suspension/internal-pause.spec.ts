import { legalTask } from '../../../test/support/legal-task';
import type { Actor } from '../actor';
import { Role } from '../role';
import { TaskStatus } from '../task-status';
import { decideRestoration, decideSuspension, endInternalPause, startInternalPause } from '../task-transitions';
import { TipStepType } from '../tip/tip-step-type';
import { SUSPENDABLE_STEPS, TIP_SUSPENSION_GROUNDS } from './suspension-grounds';

const at = Date.parse;
const head: Actor = { userId: 'h', agencyCode: 'CA_TINH_CSDT', roles: [Role.AGENCY_HEAD] };

describe('an internal pause (tạm dừng nội bộ) beside a suspension (tạm đình chỉ)', () => {
  it('never moves a LAW due date or its ceiling: the pause is recorded for reporting only', () => {
    const task = legalTask(TipStepType.VERIFY, '2026-11-18T10:00:00+07:00');
    const due = task.dueAt;
    expect(startInternalPause(task, head, 'Officer on leave', at('2026-11-20T02:00:00Z'))).toEqual([
      { type: 'INTERNAL_PAUSE_STARTED', actorId: 'h', detail: { reason: 'Officer on leave', movesDueDate: false, dueAt: due } },
    ]);
    expect(task.suspendedAt).toBeNull();
    const [ended] = endInternalPause(task, head, 'Back', at('2026-11-25T02:00:00Z'));
    expect(ended.detail).toEqual({ reason: 'Back', pausedMs: 5 * 86_400_000, dueAt: due, dueDateMoved: false });
    expect([task.dueAt, task.pausedMs, task.internalPausedMs, task.internalPauseSince]).toEqual([due, 0, 5 * 86_400_000, null]);
  });

  it('lets a POLICY due date stand still and move by the time of the pause', () => {
    const task = legalTask(TipStepType.REVIEW_SUSPENSION, '2026-12-09T10:00:00+07:00');
    expect(task.deadlineNature).toBe('POLICY');
    const due = task.dueAt;
    startInternalPause(task, head, 'Waiting for an officer', at('2026-12-10T02:00:00Z'));
    expect(task.suspendedAt).toBe(at('2026-12-10T02:00:00Z'));
    const [ended] = endInternalPause(task, head, 'Back', at('2026-12-12T02:00:00Z'));
    expect(ended.detail).toMatchObject({ dueDateMoved: true, dueAt: due + 2 * 86_400_000 });
    expect([task.suspendedAt, task.pausedMs]).toEqual([null, 2 * 86_400_000]);
  });

  it('a suspension closes the task with its decision and ends a pause still running; a restoration closes the review', () => {
    const task = legalTask(TipStepType.VERIFY, '2026-11-18T10:00:00+07:00');
    startInternalPause(task, head, 'Officer on leave', at('2026-12-07T02:00:00Z'));
    const ground = TIP_SUSPENSION_GROUNDS.find((g) => g.code === 'TIP_MUTUAL_LEGAL_ASSISTANCE_PENDING')!;
    const record = { groundCode: ground.code, decisionNumber: '07/QĐ', decidedOn: '2026-12-09', signer: 'Thủ trưởng' };
    const events = decideSuspension(
      task,
      head,
      record,
      ground,
      SUSPENDABLE_STEPS[task.stepType].outcome(ground.label.vi),
      at('2026-12-09T02:00:00Z'),
    );
    expect(events.map((e) => e.type)).toEqual(['INTERNAL_PAUSE_ENDED', 'SUSPENSION_DECIDED']);
    expect(task.status).toBe(TaskStatus.COMPLETED);
    expect(task.outcome).toMatchObject({ decision: 'SUSPENDED', suspension: { ...record, article: 'BLTTHS 2015 art. 148(1)(a)' } });

    const review = legalTask(TipStepType.REVIEW_SUSPENSION, '2026-12-09T10:00:00+07:00');
    const restoration = { decisionNumber: '09/QĐ', decidedOn: '2026-12-20', signer: 'Thủ trưởng' };
    expect(decideRestoration(review, head, restoration, 'BLTTHS 2015 art. 149', at('2026-12-20T02:00:00Z')).map((e) => e.type)).toEqual([
      'RESTORATION_DECIDED',
    ]);
    expect(review.outcome).toMatchObject({ decision: 'RESUME', restoration: { ...restoration, article: 'BLTTHS 2015 art. 149' } });
  });
});
