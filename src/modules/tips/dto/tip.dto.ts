import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TipStatus } from '../../../domain/tip/tip-status';
import { TipEntity } from '../tip.entity';
import { toLocalIso } from '../../../common/to-local-iso';

export class TipDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'TIP-20261128-7KQ2XM' }) reference: string;
  @ApiProperty({ description: 'The workflow ID: GET /processes/{processId} for the timeline' }) processId: string;
  @ApiProperty({ enum: TipStatus }) status: TipStatus;
  @ApiProperty() channel: string;
  @ApiProperty({ example: '2026-11-28T01:00:00.000Z' }) receivedAt: string;
  @ApiProperty({ example: '2026-11-28T08:00:00+07:00', description: 'receivedAt in the province’s local time (UTC+7)' }) receivedAtLocal: string;
  @ApiProperty() summary: string;
  @ApiProperty() location: string;
  @ApiProperty() urgency: string;
  @ApiProperty() victimInDanger: boolean;
  @ApiProperty() investigatingAgencyCode: string;
  @ApiPropertyOptional({ nullable: true, type: String }) externalReference: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) caseId: string | null;
  @ApiProperty() createdAt: string;
  @ApiPropertyOptional({
    description:
      'Only in the answer to a registration: whether the verification’s first task was already in the task lists when the answer left ' +
      '(the answer waits a few seconds for it; false means it appears as soon as the workflow engine has caught up)',
  })
  tasksListable?: boolean;

  static from(t: TipEntity): TipDto {
    return Object.assign(new TipDto(), {
      id: t.id,
      reference: t.reference,
      processId: t.workflowId,
      status: t.status,
      channel: t.channel,
      receivedAt: t.receivedAt.toISOString(),
      receivedAtLocal: toLocalIso(t.receivedAt)!,
      summary: t.summary,
      location: t.location,
      urgency: t.urgency,
      victimInDanger: t.victimInDanger,
      investigatingAgencyCode: t.investigatingAgencyCode,
      externalReference: t.externalReference,
      caseId: t.caseId,
      createdAt: t.createdAt.toISOString(),
    });
  }
}
