import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { EscalationState } from '../../../domain/task-state';
import { EscalationEntity } from '../escalation.entity';

const iso = (d: Date | number | null | undefined) => (d == null ? null : new Date(d).toISOString());

export class EscalationDto {
  @ApiProperty() id: string;
  @ApiProperty() taskId: string;
  @ApiProperty() processId: string;
  @ApiProperty({ description: 'The overdue task’s agency' }) agencyCode: string;
  @ApiProperty() level: number;
  @ApiProperty({ enum: ['AGENCY_HEAD', 'STANDING_OFFICE', 'LEADERSHIP'] }) target: string;
  @ApiProperty() firedAt: string;
  @ApiProperty() dueAt: string;
  @ApiPropertyOptional({ nullable: true, type: String }) acknowledgedBy: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) acknowledgedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) note: string | null;

  static from(e: EscalationEntity): EscalationDto {
    return Object.assign(new EscalationDto(), {
      ...e,
      firedAt: iso(e.firedAt),
      dueAt: iso(e.dueAt),
      acknowledgedAt: iso(e.acknowledgedAt),
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
      firedAt: iso(e.firedAt),
      dueAt: iso(e.dueAt),
      acknowledgedBy: e.acknowledgedBy ?? null,
      acknowledgedAt: iso(e.acknowledgedAt),
      note: e.note ?? null,
    });
  }
}
