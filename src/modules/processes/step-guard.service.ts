import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Not, Repository } from 'typeorm';
import { AppException } from '../../common/app-exception';
import type { AuthUser } from '../../common/auth/auth-user';
import { describeOutcomeProblem } from '../../domain/describe-outcome-problem';
import { ErrorCode } from '../../domain/error-code';
import { OUTCOME_TEXTS } from '../../domain/outcome-text-catalogue';
import { STEP_DEFINITIONS } from '../../domain/step-definitions';
import { TaskStatus } from '../../domain/task-status';
import { findOutcomeProblem } from '../../domain/validate-outcome';
import { AgenciesService } from '../agencies/agencies.service';
import { TaskEntity } from '../tasks/task.entity';

/**
 * What a workflow's validator cannot check because it cannot see the database: that the agency and commune codes
 * in an outcome exist, and that a joint sign-off gets two different agencies and two different people.
 */
@Injectable()
export class StepGuard {
  constructor(
    @InjectRepository(TaskEntity) private readonly tasks: Repository<TaskEntity>,
    private readonly agencies: AgenciesService,
  ) {}

  /** Before an outcome is sent to the workflow. Unknown tasks pass: the normal path answers 404 for them. */
  async beforeComplete(user: AuthUser, taskId: string, outcome: Record<string, unknown>): Promise<void> {
    const task = await this.tasks.findOneBy({ id: taskId });
    const step = task && STEP_DEFINITIONS[task.stepType];
    if (!task || !step) return;
    for (const [name, spec] of Object.entries(step.outcome)) {
      const value = outcome?.[name];
      if (spec.field.type !== 'string' || !spec.field.format || typeof value !== 'string' || value.trim() === '') continue;
      const label = OUTCOME_TEXTS[step.stepType]?.[name]?.label;
      if (spec.field.format === 'communeCode') await this.agencies.requireCommune(value, `outcome.${name}`, label);
      else await this.agencies.requireKnown(value, `outcome.${name}`, label);
    }
    if (!step.jointSignOff) return;
    for (const other of await this.jointSiblings(task)) {
      if (other.agencyCode === task.agencyCode)
        throw new AppException(ErrorCode.CONFLICT, `A joint sign-off needs two different agencies: ${task.agencyCode} holds both signatures`);
      if (other.completedBy === user.userId)
        throw new AppException(ErrorCode.CONFLICT, 'A joint sign-off needs two different people: you already signed it for another agency');
    }
  }

  /**
   * The workflow refuses an outcome that does not fit in English naming the field's path; a person reads the same
   * refusal in their language naming the field by its label. Any other error passes unchanged.
   */
  async explainRefusal(error: unknown, taskId: string, outcome: unknown): Promise<unknown> {
    if (!(error instanceof AppException) || error.code !== ErrorCode.INVALID_OUTCOME) return error;
    const task = await this.tasks.findOneBy({ id: taskId });
    const step = task && STEP_DEFINITIONS[task.stepType];
    const problem = step && findOutcomeProblem(step.outcome, outcome);
    if (!problem) return error;
    const message = describeOutcomeProblem(problem, OUTCOME_TEXTS[step.stepType]);
    const field = problem.rule === 'notAnObject' ? 'outcome' : `outcome.${problem.field}`;
    return new AppException(ErrorCode.INVALID_OUTCOME, error.message, { details: [{ field, code: problem.rule, message }] });
  }

  /** Before a task moves to another agency: a joint sign-off never ends up with one agency holding two signatures. */
  async beforeReassign(taskId: string, agencyCode: string): Promise<void> {
    const task = await this.tasks.findOneBy({ id: taskId });
    if (!task || !STEP_DEFINITIONS[task.stepType]?.jointSignOff) return;
    if ((await this.jointSiblings(task)).some((other) => other.agencyCode === agencyCode))
      throw new AppException(ErrorCode.CONFLICT, `A joint sign-off needs two different agencies: ${agencyCode} already signs it`);
  }

  private jointSiblings(task: TaskEntity): Promise<TaskEntity[]> {
    return this.tasks.findBy({ processId: task.processId, stepType: task.stepType, id: Not(task.id), status: Not(TaskStatus.CANCELLED) });
  }
}
