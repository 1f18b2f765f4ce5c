import { HEALTH_DEPARTMENT, supportAgency } from '../../src/domain/reception/reception-agencies';
import { ReceptionStepType } from '../../src/domain/reception/reception-step-type';
import { decideSupports } from '../../src/domain/reception/support-eligibility';
import { requestedSupports, SUPPORT_STEP, SupportKind } from '../../src/domain/reception/support-kind';
import type { TaskBoard } from '../human-task/task-board';

/** What is known of the person's identification while the reception runs: null until the police decide. */
export interface Identification {
  victim: boolean | null;
  decided: Promise<boolean>;
}

/**
 * The support plan, then one task per support to the agency that provides it. What the person's category does not
 * yet allow (Law 53/2024 art. 37(3): no schooling, vocational training or allowance before identification) waits
 * for the identification and is started only if it confirms the victim. Resolves with the supports started.
 */
export async function provideSupports(
  board: TaskBoard,
  identification: Identification,
  homeCommittee: string,
  foreignNational: boolean,
): Promise<SupportKind[]> {
  const plan = await board.step<Record<string, unknown>>({ stepType: ReceptionStepType.SUPPORT_PLAN, agencyCode: HEALTH_DEPARTMENT });
  const decision = decideSupports(requestedSupports(plan.outcome), { identified: identification.victim, foreignNational });
  board.record({ type: 'SUPPORTS_DECIDED', taskId: plan.taskId, detail: { ...decision } });

  const started = [...decision.start];
  const run = (kinds: SupportKind[]) =>
    Promise.all(kinds.map((k) => board.step({ stepType: SUPPORT_STEP[k], agencyCode: supportAgency(k, homeCommittee) })));
  const afterIdentification = async () => {
    if (decision.awaitIdentification.length === 0) return;
    const victim = await identification.decided;
    board.record({ type: victim ? 'SUPPORTS_RELEASED' : 'SUPPORTS_WITHDRAWN', detail: { kinds: decision.awaitIdentification } });
    if (!victim) return;
    started.push(...decision.awaitIdentification);
    await run(decision.awaitIdentification);
  };
  await Promise.all([run(decision.start), afterIdentification()]);
  return started;
}
