import { arrivalStages } from '../../src/domain/reception/arrival-stages';
import { communeCommittee, CRIMINAL_POLICE, HEALTH_DEPARTMENT, SUPPORT_FACILITY, WOMENS_UNION } from '../../src/domain/reception/reception-agencies';
import type { FormalIdentificationOutcome, InitialVerificationOutcome, ShelterOutcome } from '../../src/domain/reception/reception-outcomes';
import { needsFollowUp, needsTransfer, receptionOutcome } from '../../src/domain/reception/reception-result';
import { ReceptionStepType as S } from '../../src/domain/reception/reception-step-type';
import { TaskBoard } from '../human-task/task-board';
import { Identification, provideSupports } from './support-branch';
import type { ReceptionInput, ReceptionResult } from './types';

export const RECEPTION = 'RECEPTION';

/** A branch awaited later must not count as an unhandled rejection if the process is cancelled meanwhile. */
function branch<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/**
 * Tiếp nhận nạn nhân trở về (Law 53/2024 art. 27–37 as amended by Law 86/2025; Decree 162/2025): arrival by the
 * route's agencies, initial verification within 3 days, formal identification when no paper exists, shelter with
 * support and (for a child) protection, then transfer home and the commune's follow-up.
 */
export async function receptionWorkflow(input: ReceptionInput): Promise<ReceptionResult> {
  const board = new TaskBoard(RECEPTION, input.caseId, { label: input.personLabel, child: input.child });
  await board.load({ catalogueVersion: input.catalogueVersion });
  const result = await board.run(() => receive(board, input));
  return result ?? { outcome: 'CANCELLED' };
}

async function receive(board: TaskBoard, input: ReceptionInput): Promise<ReceptionResult> {
  const task = <O = Record<string, unknown>>(stepType: S, agencyCode: string) => board.step<O>({ stepType, agencyCode });
  // No silent default commune: with the home commune unknown, the health department holds the commune's part and
  // decides where the person goes (a coordinator reassigns those tasks once the commune is known).
  const knownHome = communeCommittee(input.homeCommuneCode);
  const home = knownHome ?? HEALTH_DEPARTMENT;
  board.record({
    type: 'RECEPTION_ROUTE',
    detail: { route: input.route, child: input.child, homeCommittee: knownHome, rescuedAbroad: !!input.rescuedAbroad },
  });

  const arrivalCommittee = communeCommittee(input.arrivalCommuneCode) ?? home;
  for (const stage of arrivalStages({ ...input, arrivalCommittee }))
    await Promise.all(stage.map((s) => board.step({ stepType: s.stepType, agencyCode: s.agencyCode, deadlineKey: s.deadlineKey })));

  const initial = (await task<InitialVerificationOutcome>(S.INITIAL_VERIFICATION, HEALTH_DEPARTMENT)).outcome;
  if (!initial.isVictim) return finish(board, { outcome: 'NOT_A_VICTIM' });

  // From here the person is sheltered while the police identify them (if no paper exists) and the supports run.
  const shelter = task<ShelterOutcome>(S.SHELTER, SUPPORT_FACILITY);
  const protection = input.child ? task(S.CHILD_PROTECTION, WOMENS_UNION) : null;
  const identification: Identification = { victim: initial.hasVictimPaper ? true : null, decided: Promise.resolve(true) };
  if (!initial.hasVictimPaper)
    identification.decided = branch(
      task<FormalIdentificationOutcome>(S.FORMAL_IDENTIFICATION, CRIMINAL_POLICE).then(
        (t) => (identification.victim = t.outcome.decision === 'CONFIRMED_VICTIM'),
      ),
    );
  const supports = branch(provideSupports(board, identification, home, !!input.foreignNational));

  const destination = (await shelter).outcome.destination;
  // Whoever leaves the facility for home is handed over properly, a child only to relatives or with an escort.
  if (needsTransfer(destination)) await task(input.child ? S.TRANSFER_HOME_CHILD : S.TRANSFER_HOME, HEALTH_DEPARTMENT);
  const victim = await identification.decided;
  const followUp = needsFollowUp(victim, destination) ? task(S.FOLLOW_UP, home) : null;
  const [given] = await Promise.all([supports, protection, followUp]);
  return finish(board, { outcome: receptionOutcome(victim, destination), destination, supports: given });
}

function finish(board: TaskBoard, result: ReceptionResult): ReceptionResult {
  board.close('COMPLETED', { ...result });
  return result;
}
