import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { toIso } from '../../common/to-iso';

export interface IncidentRow {
  id: string;
  workflow_id: string;
  activity: string;
  subject_id: string | null;
  error_class: string;
  error_code: string | null;
  attempts: number;
  status: 'OPEN' | 'RESOLVED';
  created_at: Date;
  last_seen_at: Date;
  resolved_at: Date | null;
  resolution: string | null;
}

/** A write from a workflow that PostgreSQL refused for good; the process went on, its projection did not. */
export class IncidentDto {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'The process (workflow ID) whose write was refused' }) workflowId: string;
  @ApiProperty({ description: 'saveTask, saveEscalation, ...' }) activity: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Task or escalation ID' }) subjectId: string | null;
  @ApiProperty({ description: 'Error class; never the message, which may quote stored values' }) errorClass: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'PostgreSQL SQLSTATE' }) errorCode: string | null;
  @ApiProperty() attempts: number;
  @ApiProperty({ enum: ['OPEN', 'RESOLVED'] }) status: string;
  @ApiProperty() createdAt: string;
  @ApiProperty() lastSeenAt: string;
  @ApiPropertyOptional({ nullable: true, type: String }) resolvedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) resolution: string | null;

  static from(r: IncidentRow): IncidentDto {
    return Object.assign(new IncidentDto(), {
      id: r.id,
      workflowId: r.workflow_id,
      activity: r.activity,
      subjectId: r.subject_id,
      errorClass: r.error_class,
      errorCode: r.error_code,
      attempts: r.attempts,
      status: r.status,
      createdAt: toIso(r.created_at)!,
      lastSeenAt: toIso(r.last_seen_at)!,
      resolvedAt: toIso(r.resolved_at),
      resolution: r.resolution,
    });
  }
}
