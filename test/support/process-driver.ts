import { Role } from '../../src/domain/role';
import { STEP_DEFINITIONS } from '../../src/domain/step-definitions';
import type { OutcomeSchema } from '../../src/domain/outcome-schema';
import { AgencyStaff } from './agency-staff';
import { HttpClient } from './http-client';
import { openTask } from './open-task';

type Outcome = Record<string, unknown>;

/** Codes the API accepts for fields that name an agency or a commune. */
const SAMPLE_CODES = { agencyCode: 'SO_Y_TE', communeCode: 'UBND_XA_QUANG_TRUC' } as const;

/** A valid outcome for any step: the first enum value, a plain text, now, the minimum — then the test's choices. */
export function sampleOutcome(schema: OutcomeSchema, choices: Outcome = {}): Outcome {
  const outcome: Outcome = {};
  for (const [name, spec] of Object.entries(schema)) {
    const f = spec.field;
    outcome[name] =
      f.type === 'enum'
        ? f.values[0]
        : f.type === 'string'
          ? f.format
            ? SAMPLE_CODES[f.format]
            : `${name} recorded`
          : f.type === 'boolean'
            ? false
            : f.type === 'datetime'
              ? new Date().toISOString()
              : (f.min ?? 0);
  }
  return { ...outcome, ...choices };
}

/**
 * Works a process the way the agencies would: finds each open task, and completes it over HTTP as an officer (or the
 * head, or a coordinator, as the step requires) of the agency it is assigned to.
 */
export class ProcessDriver {
  constructor(
    private readonly coordinator: HttpClient,
    private readonly staff: AgencyStaff,
  ) {}

  async openTasks(processId: string): Promise<any[]> {
    const res = await this.coordinator.get(`/tasks?processId=${processId}`);
    return res.body.filter((t: any) => t.status === 'OPEN' || t.status === 'CLAIMED');
  }

  /** Waits for the open task of this step and returns it. */
  task(processId: string, stepType: string, timeoutMs?: number): Promise<any> {
    return openTask(this.coordinator, processId, stepType, timeoutMs);
  }

  async actorFor(task: any): Promise<HttpClient> {
    const roles = STEP_DEFINITIONS[task.stepType].completerRoles;
    if (roles.includes(Role.COORDINATOR) && task.agencyCode === 'BCD_VPTT') return this.coordinator;
    return roles.includes(Role.OFFICER) ? this.staff.officer(task.agencyCode) : this.staff.head(task.agencyCode);
  }

  /** Completes the open task of this step with a valid outcome plus the given choices; returns the completed task. */
  async complete(processId: string, stepType: string, choices: Outcome = {}): Promise<any> {
    const task = await this.task(processId, stepType);
    const res = await (
      await this.actorFor(task)
    ).post(`/tasks/${task.id}/complete`, {
      outcome: sampleOutcome(STEP_DEFINITIONS[stepType].outcome, choices),
    });
    if (res.status !== 200) throw new Error(`completing ${stepType}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  /**
   * Completes whatever the process asks, step after step (choices by step type), until it closes; returns the
   * process as the workflow shows it, with every task it created.
   */
  async workUntilClosed(processId: string, choices: Record<string, Outcome> = {}, timeoutMs = 60_000): Promise<any> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const view = (await this.coordinator.get(`/processes/${processId}`)).body;
      if (view.status !== 'RUNNING') return view;
      for (const task of await this.openTasks(processId)) {
        const res = await (
          await this.actorFor(task)
        ).post(`/tasks/${task.id}/complete`, {
          outcome: sampleOutcome(STEP_DEFINITIONS[task.stepType].outcome, choices[task.stepType]),
        });
        if (res.status !== 200 && res.status !== 409) throw new Error(`completing ${task.stepType}: ${res.status} ${JSON.stringify(res.body)}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`${processId} still running after ${timeoutMs} ms`);
  }
}
