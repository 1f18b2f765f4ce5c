import { WorkSubjectDto } from '../../tasks/dto/work-subject.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { EscalationState } from '../../../domain/task-state';
import { EscalationAction } from '../../../domain/access/escalation-action';
import { EscalationEntity } from '../escalation.entity';
import { toIso } from '../../../common/to-iso';
import { toLocalIso } from '../../../common/to-local-iso';

export class EscalationDto {
  @ApiProperty() id: string;
  @ApiProperty() taskId: string;
  @ApiProperty() processId: string;
  @ApiProperty({ description: 'The overdue task’s agency' }) agencyCode: string;
  @ApiProperty() level: number;
  @ApiProperty({ enum: ['AGENCY_HEAD', 'STANDING_OFFICE', 'LEADERSHIP'] }) target: string;
  @ApiProperty() firedAt: string;
  @ApiProperty() dueAt: string;
  @ApiProperty({ example: '2026-12-09T00:00:00+07:00', description: 'dueAt in the province’s local time (UTC+7)' }) dueAtLocal: string;
  @ApiProperty({ example: '2026-12-09T09:00:00+07:00', description: 'firedAt in the province’s local time (UTC+7)' }) firedAtLocal: string;
  @ApiPropertyOptional({ nullable: true, type: String }) acknowledgedBy: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) acknowledgedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) note: string | null;
  @ApiPropertyOptional({ type: WorkSubjectDto, description: 'GET /escalations: what the overdue task is about, cut to what the caller may see' })
  subject?: WorkSubjectDto;
  @ApiProperty({
    enum: EscalationAction,
    enumName: 'EscalationAction',
    isArray: true,
    description: 'What the caller may do on this escalation now, by the rule POST /escalations/{id}/acknowledge is checked with',
  })
  allowedActions: EscalationAction[];

  static from(e: EscalationEntity): EscalationDto {
    return Object.assign(new EscalationDto(), {
      ...e,
      firedAt: toIso(e.firedAt),
      dueAt: toIso(e.dueAt),
      dueAtLocal: toLocalIso(e.dueAt),
      firedAtLocal: toLocalIso(e.firedAt),
      acknowledgedAt: toIso(e.acknowledgedAt),
      // Filled in for the caller by the service that answers them.
      allowedActions: [],
    });
  }

  static fromState(e: EscalationState): EscalationDto {
    return Object.assign(new EscalationDto(), {
      id: e.escalationId,
      taskId: e.taskId,
      processId: e.processId,
      agencyCode: e.agencyCode,
      level: e.level,
      target: e.target,
      firedAt: toIso(e.firedAt),
      dueAt: toIso(e.dueAt),
      dueAtLocal: toLocalIso(e.dueAt),
      firedAtLocal: toLocalIso(e.firedAt),
      acknowledgedBy: e.acknowledgedBy ?? null,
      acknowledgedAt: toIso(e.acknowledgedAt),
      note: e.note ?? null,
      allowedActions: [],
    });
  }
}
