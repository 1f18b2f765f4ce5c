import { Injectable } from '@nestjs/common';
import { AppException } from '../../common/app-exception';
import { describeOutcomeProblem } from '../../domain/describe-outcome-problem';
import { ErrorCode } from '../../domain/error-code';
import { OUTCOME_TEXTS } from '../../domain/outcome-text-catalogue';
import { STEP_DEFINITIONS } from '../../domain/step-definitions';
import { findOutcomeProblem } from '../../domain/validate-outcome';
import { AgenciesService } from '../agencies/agencies.service';
import { TaskRecordsRepository } from '../records/task-records.repository';

/**
 * What a workflow's validator cannot check because it cannot see the database: that the agency and commune codes
 * in an outcome exist. Rules on the process's state (a joint sign-off's two agencies and two people) are the
 * workflow's own (src/domain/joint-sign-off.ts), never judged here from the projection.
 */
@Injectable()
export class StepGuard {
  constructor(
    private readonly tasks: TaskRecordsRepository,
    private readonly agencies: AgenciesService,
  ) {}

  /** Before an outcome is sent to the workflow. Unknown tasks pass: the normal path answers 404 for them. */
  async beforeComplete(taskId: string, outcome: Record<string, unknown>): Promise<void> {
    const task = await this.tasks.byId(taskId);
    const step = task && STEP_DEFINITIONS[task.stepType];
    if (!task || !step) return;
    for (const [name, spec] of Object.entries(step.outcome)) {
      const value = outcome?.[name];
      if (spec.field.type !== 'string' || !spec.field.format || typeof value !== 'string' || value.trim() === '') continue;
      const label = OUTCOME_TEXTS[step.stepType]?.[name]?.label;
      if (spec.field.format === 'communeCode') await this.agencies.requireCommune(value, `outcome.${name}`, label);
      else await this.agencies.requireKnown(value, `outcome.${name}`, label);
    }
  }

  /**
   * The workflow refuses an outcome that does not fit in English naming the field's path; a person reads the same
   * refusal in their language naming the field by its label. Any other error passes unchanged.
   */
  async explainRefusal(error: unknown, taskId: string, outcome: unknown): Promise<unknown> {
    if (!(error instanceof AppException) || error.code !== ErrorCode.INVALID_OUTCOME) return error;
    const task = await this.tasks.byId(taskId);
    const step = task && STEP_DEFINITIONS[task.stepType];
    const problem = step && findOutcomeProblem(step.outcome, outcome);
    if (!problem) return error;
    const message = describeOutcomeProblem(problem, OUTCOME_TEXTS[step.stepType]);
    const field = problem.rule === 'notAnObject' ? 'outcome' : `outcome.${problem.field}`;
    return new AppException(ErrorCode.INVALID_OUTCOME, error.message, { details: [{ field, code: problem.rule, message }] });
  }
}
