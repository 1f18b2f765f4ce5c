import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ProcessView } from '../../../workflows/human-task/process-view';
import { EscalationDto } from '../escalations/dto/escalation.dto';
import { TaskDto } from '../tasks/dto/task.dto';

export class TimelineEventDto {
  @ApiProperty() at: string;
  @ApiProperty({ example: 'TASK_COMPLETED' }) type: string;
  @ApiPropertyOptional() actorId?: string;
  @ApiPropertyOptional() taskId?: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true }) detail?: Record<string, unknown>;
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
      timeline: view.timeline.map((e) => ({ ...e, at: new Date(e.at).toISOString() })),
    });
  }
}
