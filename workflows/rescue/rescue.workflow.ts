import { STANDING_OFFICE_AGENCY } from '../../src/domain/agency-codes';
import { nextCooperationMove } from '../../src/domain/rescue/cooperation';
import { victimsFound } from '../../src/domain/rescue/operation-result';
import {
  FOREIGN_AFFAIRS_AGENCY,
  HEALTH_AGENCY,
  MONDULKIRI_PARTY,
  operatingAgencies,
  RESCUE_POLICE_AGENCY,
} from '../../src/domain/rescue/rescue-agencies';
import type { CooperationReplyOutcome, NoAgreementOutcome, RecordPersonsOutcome, SignOffOutcome } from '../../src/domain/rescue/rescue-outcomes';
import { RescueStepType } from '../../src/domain/rescue/rescue-step-type';
import { labelRescuedPersons } from '../../src/domain/rescue/rescued-persons';
import { TaskBoard } from '../human-task/task-board';
import type { RescueEndReason, RescueInput, RescueResult } from './types';

export const RESCUE = 'RESCUE';

/**
 * Giải cứu (processes.md §4.2; every period is policy, the law sets none): plan jointly, ask Mondulkiri when the
 * victim is in Cambodia, carry out the operation (every operating agency signs off), support essential needs at
 * once, and record the rescued persons under pseudonyms. The case starts one reception per person from the result.
 */
export async function rescueWorkflow(input: RescueInput): Promise<RescueResult> {
  const board = new TaskBoard(RESCUE, input.caseId);
  await board.load({ catalogueVersion: input.catalogueVersion });
  const result = await board.run(() => rescue(board, input));
  return result ?? { outcome: 'CANCELLED', persons: [] };
}

async function rescue(board: TaskBoard, input: RescueInput): Promise<RescueResult> {
  const agencies = operatingAgencies(input);
  await Promise.all(agencies.map((agencyCode) => board.step({ stepType: RescueStepType.PLAN, agencyCode })));

  if (input.victimAbroad && !(await cooperationSecured(board))) return notFound(board, 'NO_COOPERATION');

  // Joint operation: it is over only when every operating agency has signed it off (each a different agency and
  // person: the API refuses a second signature by the same agency or officer).
  const signOffs = await Promise.all(
    agencies.map((agencyCode) => board.step<SignOffOutcome>({ stepType: RescueStepType.SIGN_OFF_OPERATION, agencyCode })),
  );
  if (!victimsFound(signOffs.map((t) => t.outcome.result))) return notFound(board, 'NO_VICTIM_FOUND');

  // The point of rescue: health supports essential needs while the police record who was brought out.
  board.record({ type: 'ESSENTIAL_NEEDS_SUPPORT_STARTED', detail: { agencyCode: HEALTH_AGENCY } });
  const essentialNeeds = board.step({ stepType: RescueStepType.ESSENTIAL_NEEDS, agencyCode: HEALTH_AGENCY });
  const recorded = (await board.step<RecordPersonsOutcome>({ stepType: RescueStepType.RECORD_PERSONS, agencyCode: RESCUE_POLICE_AGENCY })).outcome;
  const persons = labelRescuedPersons(recorded.adults, recorded.children, recorded.homeCommuneCode ?? null);
  await essentialNeeds;
  if (persons.length === 0) return notFound(board, 'NO_VICTIM_FOUND');

  board.record({ type: 'PERSONS_RESCUED', detail: { labels: persons.map((p) => p.label), children: persons.filter((p) => p.child).length } });
  board.close('COMPLETED', { outcome: 'RESCUED', persons: persons.length });
  return { outcome: 'RESCUED', persons, victimAbroad: input.victimAbroad, catalogueVersion: board.view.catalogueVersion };
}

/**
 * Asks Mondulkiri through Foreign Affairs and follows the reply up (a task of ours for the external party, so
 * silence escalates). Without an agreement the standing office decides: ask again, go on from our side, or stop.
 */
async function cooperationSecured(board: TaskBoard): Promise<boolean> {
  for (;;) {
    await board.step({ stepType: RescueStepType.SEND_COOPERATION_REQUEST, agencyCode: FOREIGN_AFFAIRS_AGENCY });
    const reply = await board.step<CooperationReplyOutcome>({
      stepType: RescueStepType.RECORD_COOPERATION_REPLY,
      agencyCode: FOREIGN_AFFAIRS_AGENCY,
      externalPartyCode: MONDULKIRI_PARTY,
    });
    let move = nextCooperationMove(reply.outcome.reply);
    if (move === 'ASK_COORDINATOR') {
      const decided = await board.step<NoAgreementOutcome>({ stepType: RescueStepType.DECIDE_WITHOUT_AGREEMENT, agencyCode: STANDING_OFFICE_AGENCY });
      move = nextCooperationMove(reply.outcome.reply, decided.outcome.decision);
    }
    if (move === 'PROCEED') return true;
    if (move === 'END') return false;
  }
}

function notFound(board: TaskBoard, reason: RescueEndReason): RescueResult {
  board.close('COMPLETED', { outcome: 'NOT_FOUND', reason });
  return { outcome: 'NOT_FOUND', persons: [], reason };
}
