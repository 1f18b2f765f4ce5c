import { ParentClosePolicy, patched, startChild } from '@temporalio/workflow';
import { STANDING_OFFICE_AGENCY } from '../../src/domain/agency-codes';
import { TipDecision } from '../../src/domain/tip/tip-decision';
import { TipStatus } from '../../src/domain/tip/tip-status';
import { TipStepType } from '../../src/domain/tip/tip-step-type';
import { caseWorkflow } from '../case/case.workflow';
import { caseWorkflowId } from '../case/case-workflow-id';
import { acts } from '../human-task/process-activities';
import { TaskBoard } from '../human-task/task-board';
import type { TipVerificationInput, TipVerificationResult } from './types';


export const TIP_VERIFICATION = 'TIP_VERIFICATION';

/**
 * Tiếp nhận, giải quyết tố giác, tin báo (BLTTHS 2015 art. 145–149): notify the procuracy within 3 days, resolve
 * within 20 days (extensions per art. 147), and if suspended, resume with one more month once the cause is gone.
 */
export async function tipVerificationWorkflow(input: TipVerificationInput): Promise<TipVerificationResult> {
  const board = new TaskBoard(TIP_VERIFICATION);
  await board.load();
  const result = await board.run(() => verify(board, input));
  if (result) return result;
  await acts.setTipStatus(input.tipId, TipStatus.CANCELLED);
  return { decision: 'CANCELLED', caseId: null, caseReference: null };
}

async function verify(board: TaskBoard, input: TipVerificationInput): Promise<TipVerificationResult> {
  const agency = input.investigatingAgencyCode;

  const sideTasks: Promise<unknown>[] = [
    board.runTask({ stepType: TipStepType.NOTIFY_PROCURACY, agencyCode: agency, deadlineKey: TipStepType.NOTIFY_PROCURACY }),
  ];
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
    sideTasks.push(
      board.runTask({
        stepType: TipStepType.URGENT_RESCUE_DECISION,
        agencyCode: STANDING_OFFICE_AGENCY,
        deadlineKey: TipStepType.URGENT_RESCUE_DECISION,
      }),
    );
  }

  let verification = await board.runTask({ stepType: TipStepType.VERIFY, agencyCode: agency, deadlineKey: TipStepType.VERIFY });
  let decision = verification.outcome!.decision as TipDecision;
  while (decision === TipDecision.SUSPENDED) {
    // The clock stops while suspended; each review may resume it, and resumption allows one more month (art. 148).
    await acts.setTipStatus(input.tipId, TipStatus.SUSPENDED);
    const review = await board.runTask({
      stepType: TipStepType.REVIEW_SUSPENSION,
      agencyCode: verification.agencyCode,
      deadlineKey: TipStepType.REVIEW_SUSPENSION,
    });
    if (review.outcome!.decision !== 'RESUME') continue;
    await acts.setTipStatus(input.tipId, TipStatus.VERIFYING);
    verification = await board.runTask({
      stepType: TipStepType.VERIFY_AFTER_RESUMPTION,
      agencyCode: verification.agencyCode,
      deadlineKey: TipStepType.VERIFY_AFTER_RESUMPTION,
    });
    decision = verification.outcome!.decision as TipDecision;
  }

  let result: TipVerificationResult = { decision: decision as TipVerificationResult['decision'], caseId: null, caseReference: null };
  if (decision === TipDecision.CONFIRMED) {
    const opened = await acts.openCaseFromTip(input.tipId);
    result = { decision: TipDecision.CONFIRMED, caseId: opened.caseId, caseReference: opened.reference };
    // Added after the first release: tips confirmed by older runs opened the case row only.
    if (patched('tip-starts-case-workflow')) {
      await startChild(caseWorkflow, {
        workflowId: caseWorkflowId(opened.reference),
        args: [{ caseId: opened.caseId, caseReference: opened.reference, charge: null, originTipId: input.tipId }],
        parentClosePolicy: ParentClosePolicy.ABANDON,
      });
    }
    board.record({ type: 'CASE_OPENED', detail: { caseId: opened.caseId, caseReference: opened.reference } });
  }
  await acts.setTipStatus(input.tipId, decision === TipDecision.CONFIRMED ? TipStatus.CONFIRMED : TipStatus.UNFOUNDED, result.caseId);
  // The procuracy notice and an urgent rescue decision are owed whatever the verification found.
  await Promise.all(sideTasks);
  board.close('COMPLETED', { decision });
  return result;
}
