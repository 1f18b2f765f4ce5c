import { Injectable, Logger } from '@nestjs/common';
import { getProcessQuery } from '../../../workflows/human-task/messages';
import { extensionAllowance } from '../../domain/extension-allowance';
import { ACTIVE_TASK_STATUSES } from '../../domain/task-status';
import { WorkflowGateway } from '../../temporal/workflow-gateway.service';
import { CalendarService } from '../calendar/calendar.service';
import { CatalogueService } from '../catalogue/catalogue.service';
import { ExtensionAllowanceDto } from './dto/extension-allowance.dto';
import type { TaskEntity } from './task.entity';

/** A task view must not wait long on the workflow: without an answer in time the task is shown without its allowance. */
const ANSWER_WITHIN_MS = 2_000;

/**
 * What the law still allows an open task (GET /tasks/{id}): the process's own catalogue version and the task as the
 * workflow holds it (the agency the law named), with the published holidays. The workflow's validator stays the judge.
 */
@Injectable()
export class ExtensionAllowanceService {
  private readonly logger = new Logger(ExtensionAllowanceService.name);

  constructor(
    private readonly workflows: WorkflowGateway,
    private readonly catalogue: CatalogueService,
    private readonly calendar: CalendarService,
  ) {}

  async of(task: TaskEntity): Promise<ExtensionAllowanceDto | null> {
    if (!ACTIVE_TASK_STATUSES.includes(task.status)) return null;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ANSWER_WITHIN_MS)));
    try {
      return await Promise.race([this.compute(task), late]);
    } catch (error) {
      this.logger.warn(`No extension allowance for task ${task.id}: ${(error as Error).message}`);
      return null;
    } finally {
      clearTimeout(timer);
    }
  }

  private async compute(task: TaskEntity): Promise<ExtensionAllowanceDto | null> {
    const view = await this.workflows.query(task.processId, getProcessQuery);
    const state = view.tasks.find((t) => t.taskId === task.id);
    if (!state || view.catalogueVersion == null) return null;
    const catalogue = await this.catalogue.version(view.catalogueVersion);
    const entry = catalogue.entries.find((e) => e.key === state.deadlineKey);
    const clock = { calendar: { holidays: await this.calendar.holidayDates(), publishedYears: await this.calendar.publishedYears() }, legacy: false };
    return ExtensionAllowanceDto.from(extensionAllowance(state, entry, clock));
  }
}
