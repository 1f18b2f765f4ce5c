import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ProcessView } from '../../../workflows/human-task/process-view';
import { ProcessAction } from '../../domain/access/process-action';
import { EscalationDto } from '../escalations/dto/escalation.dto';
import { TaskDto } from '../tasks/dto/task.dto';
import { describeTimelineEventTypes } from '../../common/i18n/describe-timeline-event-types';
import { TIMELINE_EVENT_TYPES } from '../../common/i18n/timeline-event-types';
import { timelineEntry } from '../records/timeline-entry';

export class TimelineEventDto {
  @ApiProperty({ example: '2026-11-28T01:00:00.000Z' }) at: string;
  @ApiProperty({ example: '2026-11-28T08:00:00+07:00', description: 'at in the province’s local time (UTC+7)' }) atLocal?: string;
  @ApiProperty({ example: 'TASK_COMPLETED', enum: Object.keys(TIMELINE_EVENT_TYPES), description: describeTimelineEventTypes() })
  type: string;
  @ApiPropertyOptional() actorId?: string;
  @ApiPropertyOptional() taskId?: string;
  @ApiProperty({ description: 'The workflow the entry belongs to: the process itself, or in a case, the case or one of its processes' })
  processId: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'Depends on the type: see type; instants are epoch milliseconds' })
  detail?: Record<string, unknown>;
}

export class ProcessDto {
  @ApiProperty() processId: string;
  @ApiProperty() processType: string;
  @ApiProperty({ enum: ['RUNNING', 'COMPLETED', 'CANCELLED'] }) status: string;
  @ApiPropertyOptional({ nullable: true, type: Number }) catalogueVersion: number | null;
  @ApiProperty() startedAt: string;
  @ApiPropertyOptional({ nullable: true, type: String }) closedAt: string | null;
  @ApiProperty({ type: [TaskDto] }) tasks: TaskDto[];
  @ApiProperty({ type: [EscalationDto] }) escalations: EscalationDto[];
  @ApiProperty({ type: [TimelineEventDto] }) timeline: TimelineEventDto[];
  @ApiProperty({
    enum: ProcessAction,
    enumName: 'ProcessAction',
    isArray: true,
    description: 'What the caller may do on this process now (CANCEL: POST /processes/{processId}/cancel), by the rule its workflow checks',
  })
  allowedActions: ProcessAction[];

  static from(view: ProcessView): ProcessDto {
    const now = Date.now();
    return Object.assign(new ProcessDto(), {
      processId: view.processId,
      processType: view.processType,
      status: view.status,
      catalogueVersion: view.catalogueVersion,
      startedAt: new Date(view.startedAt).toISOString(),
      closedAt: view.closedAt ? new Date(view.closedAt).toISOString() : null,
      tasks: view.tasks.map((t) => TaskDto.fromState(t, now)),
      escalations: view.escalations.map(EscalationDto.fromState),
      timeline: view.timeline.map((e) => timelineEntry(e, view.processId)),
      // Filled in for the caller by the service that answers them, with its tasks' and escalations'.
      allowedActions: [],
    });
  }
}
