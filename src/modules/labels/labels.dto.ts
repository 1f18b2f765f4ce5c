import { ApiProperty, ApiPropertyOptions } from '@nestjs/swagger';

export class LabelDto {
  @ApiProperty({ example: 'OPEN' }) value: string;
  @ApiProperty({ example: 'Chưa nhận' }) vi: string;
  @ApiProperty({ example: 'Open' }) en: string;
}

export class TimelineEventTypeDto extends LabelDto {
  @ApiProperty({ description: 'Whether entries of this type name their task (taskId)' }) aboutTask: boolean;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { stepType: 'string', agencyCode: 'string', dueAt: 'number (epoch ms)' },
    description: 'The fields of the entry’s detail and what each holds',
  })
  detail: Record<string, string>;
}

const list = (description: string): ApiPropertyOptions => ({ type: [LabelDto], description });

/** Every enumeration the API serves, each value with its Vietnamese and English label. */
export class LabelsDto {
  @ApiProperty(list('Task statuses')) taskStatuses: LabelDto[];
  @ApiProperty(list('Tip statuses')) tipStatuses: LabelDto[];
  @ApiProperty(list('Channels a tip arrives by')) tipChannels: LabelDto[];
  @ApiProperty(list('Tip urgency')) tipUrgencies: LabelDto[];
  @ApiProperty(list('Case statuses')) caseStatuses: LabelDto[];
  @ApiProperty(list('Process statuses')) processStatuses: LabelDto[];
  @ApiProperty(list('Severity of a charge')) severities: LabelDto[];
  @ApiProperty(list('User roles')) roles: LabelDto[];
  @ApiProperty(list('Whether a deadline is the law’s or the province’s')) deadlineNatures: LabelDto[];
  @ApiProperty(list('How sure a period is')) confidences: LabelDto[];
  @ApiProperty(list('How a period is counted')) countings: LabelDto[];
  @ApiProperty(list('Units of a duration')) durationUnits: LabelDto[];
  @ApiProperty(list('Escalation targets')) escalationTargets: LabelDto[];
  @ApiProperty(list('Extension request statuses')) extensionStatuses: LabelDto[];
  @ApiProperty(list('Process kinds (processType of tasks and processes)')) processKinds: LabelDto[];
  @ApiProperty(list('Agency kinds (kind of GET /agencies)')) agencyKinds: LabelDto[];
  @ApiProperty(list('Step types (GET /steps has their details)')) stepTypes: LabelDto[];
  @ApiProperty(list('Error codes of error bodies')) errorCodes: LabelDto[];
  @ApiProperty({ type: [TimelineEventTypeDto], description: 'Types of timeline entries and the shape of their detail' })
  timelineEventTypes: TimelineEventTypeDto[];
}
