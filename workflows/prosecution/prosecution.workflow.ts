import { setHandler } from '@temporalio/workflow';
import { courtStep, procuracyStep } from '../../src/domain/prosecution/file-returns';
import { PROSECUTION_AGENCIES as AGENCY } from '../../src/domain/prosecution/prosecution-agencies';
import { CourtDecision, InvestigationConclusion, ProcuracyDecision, Verdict } from '../../src/domain/prosecution/prosecution-decisions';
import {
  ReturnedBy,
  severityDeadlineKey,
  SeverityDependentPeriod,
  supplementaryInvestigationKey,
} from '../../src/domain/prosecution/prosecution-deadline-keys';
import { ProsecutionStepType as Step } from '../../src/domain/prosecution/prosecution-step-type';
import { TaskBoard } from '../human-task/task-board';
import { applyChargeChange, ChargeState } from './charge-change';
import { chargeChangedSignal } from './messages';
import type { ProsecutionInput, ProsecutionResult } from './types';

export const PROSECUTION = 'PROSECUTION';

/**
 * Điều tra → truy tố → xét xử (BLTTHS 2015 art. 164, 172, 174, 240, 277): investigation, the procuracy's decision
 * (with at most two returns for supplementary investigation), trial preparation (one return), the hearing and the
 * verdict; the victim is informed and protected and gets legal aid alongside. Periods follow the charge's severity
 * and move when the case signals a changed charge.
 */
export async function prosecutionWorkflow(input: ProsecutionInput): Promise<ProsecutionResult> {
  const board = new TaskBoard(PROSECUTION, input.caseId);
  const charge: ChargeState = { severity: input.severity };
  setHandler(chargeChangedSignal, (change) => applyChargeChange(board, charge, change));
  await board.load();
  return (await board.run(() => prosecute(board, input, charge))) ?? { outcome: 'CANCELLED' };
}

async function prosecute(board: TaskBoard, input: ProsecutionInput, charge: ChargeState): Promise<ProsecutionResult> {
  // Owed whatever happens on the main line, but never holding it up; the process closes only once they are done.
  const owed: Promise<unknown>[] = [
    board.runTask({ stepType: Step.VICTIM_INFORMATION, agencyCode: AGENCY.investigation, deadlineKey: Step.VICTIM_INFORMATION }),
    board.runTask({ stepType: Step.LEGAL_AID, agencyCode: AGENCY.legalAid, deadlineKey: Step.LEGAL_AID }),
  ];
  const result = await mainLine(board, input, charge, owed);
  await Promise.all(owed);
  board.close('COMPLETED', { ...result });
  return result;
}

async function mainLine(board: TaskBoard, input: ProsecutionInput, charge: ChargeState, owed: Promise<unknown>[]): Promise<ProsecutionResult> {
  // The investigation period runs from the decision to prosecute (art. 172(1)), not from the border guard's
  // handover, so both start now.
  const transfer =
    input.openedByBorderGuard &&
    board.runTask({ stepType: Step.BORDER_TRANSFER, agencyCode: AGENCY.borderGuard, deadlineKey: Step.BORDER_TRANSFER });
  const investigation = await board.runTask({
    stepType: Step.INVESTIGATION,
    agencyCode: AGENCY.investigation,
    deadlineKey: severityDeadlineKey(SeverityDependentPeriod.INVESTIGATION, charge.severity),
  });
  if (transfer) await transfer;
  const conclusion = investigation.outcome!.conclusion as InvestigationConclusion;
  if (conclusion === InvestigationConclusion.SUSPEND) return { outcome: 'SUSPENDED' };
  if (conclusion === InvestigationConclusion.DROP) return { outcome: 'NOT_PROSECUTED' };

  if ((await procuracyStage(board, charge, owed)) === ProcuracyDecision.NOT_PROSECUTE) return { outcome: 'NOT_PROSECUTED' };
  if ((await courtStage(board, charge)) === CourtDecision.SUSPEND) return { outcome: 'SUSPENDED' };

  await board.runTask({ stepType: Step.OPEN_HEARING, agencyCode: AGENCY.court, deadlineKey: Step.OPEN_HEARING });
  const verdict = await board.runTask({ stepType: Step.RECORD_VERDICT, agencyCode: AGENCY.court, deadlineKey: Step.RECORD_VERDICT });
  return { outcome: 'VERDICT', verdict: verdict.outcome!.verdict as Verdict };
}

/** The procuracy decides; each decision is notified within 3 days (art. 240(2)); a return sends the file back first. */
async function procuracyStage(board: TaskBoard, charge: ChargeState, owed: Promise<unknown>[]): Promise<ProcuracyDecision> {
  for (let returns = 0; ; returns++) {
    const task = await board.runTask({ ...procuracyStep(returns, charge.severity), agencyCode: AGENCY.procuracy });
    owed.push(board.runTask({ stepType: Step.NOTIFY_DECISION, agencyCode: AGENCY.procuracy, deadlineKey: Step.NOTIFY_DECISION }));
    const decision = task.outcome!.decision as ProcuracyDecision;
    if (decision !== ProcuracyDecision.RETURN_FOR_SUPPLEMENTARY) return decision;
    await supplementaryInvestigation(board, 'PROCURACY', returns + 1);
  }
}

/** The presiding judge decides to try, returns the file (once), or suspends. */
async function courtStage(board: TaskBoard, charge: ChargeState): Promise<CourtDecision> {
  for (let returns = 0; ; returns++) {
    const task = await board.runTask({ ...courtStep(returns, charge.severity), agencyCode: AGENCY.court });
    const decision = task.outcome!.decision as CourtDecision;
    if (decision !== CourtDecision.RETURN_FOR_SUPPLEMENTARY) return decision;
    await supplementaryInvestigation(board, 'COURT', returns + 1);
  }
}

async function supplementaryInvestigation(board: TaskBoard, returnedBy: ReturnedBy, count: number): Promise<void> {
  board.record({ type: 'FILE_RETURNED', detail: { returnedBy, count } });
  await board.runTask({
    stepType: Step.SUPPLEMENTARY_INVESTIGATION,
    agencyCode: AGENCY.investigation,
    deadlineKey: supplementaryInvestigationKey(returnedBy),
  });
}
