import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { tipsConfig } from '../../../config/tips.config';
import { lateRegistration } from '../../../domain/tip/late-registration';
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
  @ApiProperty({ description: 'When the tip was registered (its urgent decision, if any, runs 2 hours from here)' }) createdAt: string;
  @ApiProperty({ description: 'Registered more than LATE_REGISTRATION_HOURS (default 24) after receivedAt' }) registeredLate: boolean;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'When registered late: whole hours from receipt to registration' })
  registrationDelayHours: number | null;
  @ApiPropertyOptional({
    description:
      'Only in the answer to a registration: whether the verification’s first task was already in the task lists when the answer left ' +
      '(the answer waits a few seconds for it; false means it appears as soon as the workflow engine has caught up)',
  })
  tasksListable?: boolean;

  static from(t: TipEntity): TipDto {
    const late = lateRegistration(t.receivedAt.getTime(), t.createdAt.getTime(), tipsConfig().lateRegistrationHours);
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
      registeredLate: late !== null,
      registrationDelayHours: late?.delayHours ?? null,
    });
  }
}
