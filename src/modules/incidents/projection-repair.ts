import { Injectable, Logger } from '@nestjs/common';
import { getProcessQuery } from '../../../workflows/human-task/messages';
import { AppException } from '../../common/app-exception';
import { errorName, safeErrorSummary } from '../../common/safe-error-summary';
import { WorkflowGateway } from '../../temporal/workflow-gateway.service';
import { EscalationsService } from '../escalations/escalations.service';
import { TasksService } from '../tasks/tasks.service';
import { IncidentsService } from './incidents.service';
import { withoutNul } from './without-nul';

export interface RepairSummary {
  repaired: string[];
  left: { id: string; why: string }[];
}

/**
 * Re-projects what a refused write should have stored, from the workflow's own state (the source of truth), with
 * characters PostgreSQL cannot hold replaced, and closes the incident. Only task and escalation rows can be rebuilt
 * this way; other incidents stay open for a person to look at.
 */
@Injectable()
export class ProjectionRepair {
  private readonly logger = new Logger(ProjectionRepair.name);

  constructor(
    private readonly incidents: IncidentsService,
    private readonly workflows: WorkflowGateway,
    private readonly tasks: TasksService,
    private readonly escalations: EscalationsService,
  ) {}

  async repairAll(): Promise<RepairSummary> {
    const summary: RepairSummary = { repaired: [], left: [] };
    for (const incident of await this.incidents.open()) {
      try {
        const why = await this.repair(incident.workflowId, incident.activity, incident.subjectId);
        if (why) summary.left.push({ id: incident.id, why });
        else {
          await this.incidents.resolve(incident.id, 'Re-projected from the workflow state');
          summary.repaired.push(incident.id);
        }
      } catch (error) {
        this.logger.warn(`Incident ${incident.id} not repaired: ${safeErrorSummary(error)}`);
        // Our own exceptions carry messages meant for people; anything else is named by its class only.
        summary.left.push({ id: incident.id, why: error instanceof AppException ? error.message : errorName(error) });
      }
    }
    return summary;
  }

  /** Undefined when repaired; otherwise why not. */
  private async repair(workflowId: string, activity: string, subjectId: string | null): Promise<string | undefined> {
    if (activity !== 'saveTask' && activity !== 'saveEscalation') return `${activity} cannot be rebuilt from the workflow state`;
    const view = await this.workflows.query(workflowId, getProcessQuery);
    if (activity === 'saveTask') {
      const task = view.tasks.find((t) => t.taskId === subjectId);
      if (!task) return `task ${subjectId} is not in ${workflowId}`;
      await this.tasks.saveProjection(withoutNul(task));
    } else {
      const escalation = view.escalations.find((e) => e.escalationId === subjectId);
      if (!escalation) return `escalation ${subjectId} is not in ${workflowId}`;
      await this.escalations.saveProjection(withoutNul(escalation));
    }
    return undefined;
  }
}
