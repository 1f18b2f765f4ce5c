import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/**
 * A step done in one of the case's processes (its tip verifications included) and what was recorded: the outcome by
 * the step's own field names and codes, which GET /steps labels in the reader's language (`title`, `x-enum-labels`).
 * The outcome and who recorded it only for readers who may see that task in full; the others see that it was done.
 */
export class CaseRecordDto {
  @ApiProperty() processId: string;
  @ApiProperty({ enum: ['TIP_VERIFICATION', 'RESCUE', 'RECEPTION', 'PROSECUTION'] }) processType: string;
  @ApiProperty() taskId: string;
  @ApiProperty({ example: 'RECORD_COOPERATION_REPLY' }) stepType: string;
  @ApiProperty({ example: 'Ghi nhận trả lời của tỉnh Mondulkiri' }) titleVi: string;
  @ApiProperty({ example: 'Record Mondulkiri’s reply' }) titleEn: string;
  @ApiProperty({ example: 'SO_NGOAI_VU' }) agencyCode: string;
  @ApiProperty({ example: '2026-11-28T01:00:00.000Z' }) completedAt: string;
  @ApiProperty({ example: '2026-11-28T08:00:00+07:00', description: 'completedAt in the province’s local time (UTC+7)' }) completedAtLocal: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Display name of who recorded it; null when hidden from this reader' })
  completedByName: string | null;
  @ApiPropertyOptional({
    type: 'object',
    nullable: true,
    additionalProperties: true,
    description: 'The recorded outcome; null when this reader may not see it',
  })
  outcome: Record<string, unknown> | null;
}
