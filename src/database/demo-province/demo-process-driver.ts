import { STEP_DEFINITIONS } from '../../domain/step-definitions';
import { ACTIVE_TASK_STATUSES, TaskStatus } from '../../domain/task-status';
import { DemoApi, DemoSeedError } from './demo-api';
import { demoOutcome } from './demo-outcome';
import { DemoRoster } from './demo-roster';

type Outcome = Record<string, unknown>;
interface TaskView {
  id: string;
  stepType: string;
  agencyCode: string;
  status: TaskStatus;
}
interface ProcessView {
  status: string;
  tasks: TaskView[];
  timeline: { type: string; detail?: Record<string, unknown> }[];
}

const POLL_MS = 250;
const isActive = (t: TaskView) => ACTIVE_TASK_STATUSES.includes(t.status);

/**
 * Works the demo processes the way the agencies would, over the API, and only as far as each scenario asks. Every
 * move is decided from the process as it stands, so a second run (or one resumed after an interruption) does only
 * what is still missing and never moves a process past where the scenario leaves it.
 */
export class DemoProcessDriver {
  /** Changes this driver made (tasks completed, processes started, ...): 0 on a run that found everything seeded. */
  changes = 0;
  /** The last answer that made the seed wait, for the message when it waits too long. */
  private lastWait: string | null = null;

  constructor(
    readonly roster: DemoRoster,
    private readonly timeoutMs = 90_000,
  ) {}

  get coordinator(): DemoApi {
    return this.roster.coordinator();
  }

  async view(processId: string): Promise<ProcessView | null> {
    const answer = await this.coordinator.get<ProcessView>(`/processes/${encodeURIComponent(processId)}`);
    // Not started yet, or the engine briefly unreachable (the seed runs right after start-up): look again later.
    if (answer.status === 404 || answer.status >= 500) {
      this.lastWait = `GET /processes/${processId} → ${answer.status}`;
      return null;
    }
    if (answer.status !== 200) throw new DemoSeedError(`GET /processes/${processId} → ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  }

  /** Polls until `check` gives a value; the seed waits for workflows, never for a fixed time. */
  async until<T>(what: string, check: () => Promise<T | null | undefined | false>): Promise<T> {
    const deadline = Date.now() + this.timeoutMs;
    while (Date.now() < deadline) {
      const value = await check();
      if (value !== null && value !== undefined && value !== false) return value;
      await pause();
    }
    throw new DemoSeedError(`timed out waiting for ${what}${this.lastWait ? ` (last: ${this.lastWait})` : ''}`);
  }

  /**
   * Completes the step's tasks (`count` of them, e.g. one per operating agency) once they exist; tasks of the step
   * already completed are left alone. A process no longer running has nothing to complete.
   */
  async completeStep(processId: string, stepType: string, choices: Outcome = {}, count = 1): Promise<void> {
    for (;;) {
      const view = await this.until(`${count} ${stepType} task(s) in ${processId}`, async () => {
        const v = await this.view(processId);
        return v && (v.status !== 'RUNNING' || v.tasks.filter((t) => t.stepType === stepType).length >= count) && v;
      });
      const open = view.tasks.filter((t) => t.stepType === stepType && isActive(t));
      if (view.status !== 'RUNNING' || open.length === 0) return;
      await this.completeAll(open, () => choices);
    }
  }

  /**
   * Completes whatever the process asks (only steps in `allowed`, when given) until a task of `target` exists —
   * open, or already done on an earlier run — or the process ends.
   */
  async advanceTo(processId: string, target: string, choices: Record<string, Outcome> = {}, allowed?: readonly string[]): Promise<void> {
    for (;;) {
      const view = await this.until(`${processId}`, () => this.view(processId));
      if (view.status !== 'RUNNING' || view.tasks.some((t) => t.stepType === target)) return;
      const open = view.tasks.filter((t) => isActive(t) && (!allowed || allowed.includes(t.stepType)));
      await this.completeAll(open, (task) => choices[task.stepType]);
    }
  }

  /** Completes every step the process asks, with the choices given by step type, until it ends. */
  async workUntilClosed(processId: string, choices: Record<string, Outcome> = {}): Promise<void> {
    const deadline = Date.now() + this.timeoutMs;
    for (;;) {
      const view = await this.until(`${processId}`, () => this.view(processId));
      if (view.status !== 'RUNNING') return;
      if (Date.now() > deadline) throw new DemoSeedError(`${processId} still running after ${this.timeoutMs} ms`);
      const open = view.tasks.filter(isActive);
      await this.completeAll(open, (task) => choices[task.stepType]);
    }
  }

  /** True when this call completed the task; false when it is not there yet or was completed meanwhile. */
  private async complete(task: TaskView, choices: Outcome = {}): Promise<boolean> {
    const outcome = demoOutcome(STEP_DEFINITIONS[task.stepType].outcome, choices);
    const answer = await this.roster.completerOf(task).post(`/tasks/${task.id}/complete`, { outcome });
    // 404: the workflow has the task but has not yet copied it to the task table; 409: completed meanwhile (a
    // retried run, or a task that just closed). Either way the next look at the process tells what to do.
    // 503/504: the engine did not answer; if the completion went through after all, the process will show it.
    if ([404, 409, 503, 504].includes(answer.status)) return false;
    if (answer.status !== 200) throw new DemoSeedError(`completing ${task.stepType} (${task.id}): ${answer.status} ${JSON.stringify(answer.body)}`);
    this.changes++;
    return true;
  }

  /** Completes these tasks; waits a moment before the next look when none could be. */
  private async completeAll(tasks: TaskView[], choices: (task: TaskView) => Outcome | undefined): Promise<void> {
    let completed = 0;
    for (const task of tasks) if (await this.complete(task, choices(task))) completed++;
    if (!completed) await pause();
  }
}

const pause = () => new Promise((r) => setTimeout(r, POLL_MS));
