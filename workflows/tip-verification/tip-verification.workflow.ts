import { patched } from '@temporalio/workflow';
import { STANDING_OFFICE_AGENCY } from '../../src/domain/agency-codes';
import { TipDecision } from '../../src/domain/tip/tip-decision';
import type { ReviewSuspensionOutcome, UrgentRescueDecisionOutcome, VerifyTipOutcome } from '../../src/domain/tip/tip-outcomes';
import { TipStatus } from '../../src/domain/tip/tip-status';
import { TipStepType } from '../../src/domain/tip/tip-step-type';
import { acts } from '../human-task/process-activities';
import { TaskBoard } from '../human-task/task-board';
import { TipCase } from './tip-case';
import type { TipVerificationInput, TipVerificationResult } from './types';

export const TIP_VERIFICATION = 'TIP_VERIFICATION';

/**
 * Tiếp nhận, giải quyết tố giác, tin báo (BLTTHS 2015 art. 145–149): notify the procuracy within 3 days, resolve
 * within 20 days (extensions per art. 147), both counted from receipt, and if suspended, resume with one more month
 * once the cause is gone. A victim in danger: the standing office may decide to rescue at once, which opens the case.
 */
export async function tipVerificationWorkflow(input: TipVerificationInput): Promise<TipVerificationResult> {
  const board = new TaskBoard(TIP_VERIFICATION);
  await board.load({ catalogueVersion: input.catalogueVersion });
  // Only a timeline entry (no command): the deadlines still run from receipt, the urgent decision from registration.
  if (input.registeredLate) board.record({ type: 'REGISTERED_LATE', detail: { receivedAt: input.receivedAt, ...input.registeredLate } });
  const result = await board.run(() => verify(board, input));
  if (result) return result;
  await acts.setTipStatus(input.tipId, TipStatus.CANCELLED);
  return { decision: 'CANCELLED', caseId: null, caseReference: null };
}

async function verify(board: TaskBoard, input: TipVerificationInput): Promise<TipVerificationResult> {
  const agency = input.investigatingAgencyCode;
  const tipCase = new TipCase(board, input);
  // Both periods run from receipt (art. 146–147), not from when this workflow first ran.
  const startsAt = input.receivedAt;

  const sideTasks: Promise<unknown>[] = [board.step({ stepType: TipStepType.NOTIFY_PROCURACY, agencyCode: agency, startsAt })];
  if (input.victimInDanger) {
    await board.notify({
      kind: 'URGENT_RESCUE',
      agencyCode: STANDING_OFFICE_AGENCY,
      recipientRole: 'COORDINATOR',
      recipientUserId: null,
      taskId: null,
      escalationId: null,
      payload: { tipReference: input.tipReference },
    });
    const decision = urgentRescueDecision(board, tipCase);
    decision.catch(() => undefined);
    sideTasks.push(decision);
  }

  let verification = await board.step<VerifyTipOutcome>({ stepType: TipStepType.VERIFY, agencyCode: agency, startsAt });
  let decision = verification.outcome.decision;
  let noticeOwedFor: string | null = null;
  while (decision === TipDecision.SUSPENDED) {
    // A suspension decided on a ground of art. 148 is sent to the procuracy within 24 hours. Only decisions taken
    // through the suspension update carry one, which no execution recorded before it can hold: no patch is needed.
    if (verification.outcome.suspension && noticeOwedFor !== verification.taskId) {
      noticeOwedFor = verification.taskId;
      sideTasks.push(board.step({ stepType: TipStepType.SUSPENSION_NOTICE, agencyCode: verification.agencyCode }));
    }
    // Suspended, the tip waits for reviews; a restoration decision (art. 149) opens a new period of one month.
    await acts.setTipStatus(input.tipId, TipStatus.SUSPENDED);
    const review = await board.step<ReviewSuspensionOutcome>({ stepType: TipStepType.REVIEW_SUSPENSION, agencyCode: verification.agencyCode });
    if (review.outcome.decision !== 'RESUME') continue;
    await acts.setTipStatus(input.tipId, TipStatus.VERIFYING);
    verification = await board.step<VerifyTipOutcome>({ stepType: TipStepType.VERIFY_AFTER_RESUMPTION, agencyCode: verification.agencyCode });
    decision = verification.outcome.decision;
  }

  let result: TipVerificationResult = { decision: decision as TipVerificationResult['decision'], caseId: null, caseReference: null };
  if (decision === TipDecision.CONFIRMED) {
    // Confirmed into the case the tip already belongs to (attached, or opened by an urgent rescue), else a new one.
    const opened = await tipCase.open();
    result = { decision: TipDecision.CONFIRMED, caseId: opened.caseId, caseReference: opened.reference };
  }
  await acts.setTipStatus(input.tipId, decision === TipDecision.CONFIRMED ? TipStatus.CONFIRMED : TipStatus.UNFOUNDED, result.caseId);
  // The procuracy notice and an urgent rescue decision are owed whatever the verification found.
  await Promise.all(sideTasks);
  board.close('COMPLETED', { decision });
  return result;
}

/**
 * The standing office decides on an immediate rescue (Plan 184); deciding to rescue opens the tip's case with the
 * rescue running in it, so nobody has to open one by hand and the tip later confirms into that same case.
 */
async function urgentRescueDecision(board: TaskBoard, tipCase: TipCase): Promise<void> {
  const decided = await board.step<UrgentRescueDecisionOutcome>({ stepType: TipStepType.URGENT_RESCUE_DECISION, agencyCode: STANDING_OFFICE_AGENCY });
  // Added later: urgent decisions of older runs started nothing.
  if (!decided.outcome.rescueStarted || !patched('urgent-rescue-opens-case')) return;
  const request = { kind: 'RESCUE' as const, victimAbroad: !!decided.outcome.victimAbroad, borderArea: !!decided.outcome.borderArea };
  const opened = await tipCase.startProcess(request, decided.completedBy);
  board.record({ type: 'URGENT_RESCUE_STARTED', taskId: decided.taskId, detail: { caseId: opened.caseId, caseReference: opened.reference } });
}
