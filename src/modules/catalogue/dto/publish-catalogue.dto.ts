import { ApiProperty } from '@nestjs/swagger';
import { IsArray, IsObject, IsString, MaxLength, MinLength } from 'class-validator';
import type { DeadlineCatalogueEntry, EscalationLadder } from '../../../domain/deadline-catalogue';

/** A whole new version; its content is checked by the domain's validateCatalogue. */
export class PublishCatalogueDto {
  @ApiProperty({
    example: 'Decree 162/2025 read: identification period confirmed',
    description: 'Why this version exists (e.g. Decree 162/2025 read: identification period confirmed)',
  })
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  note: string;

  @ApiProperty({
    example: [
      {
        key: 'TIP_VERIFY',
        title: { vi: 'Kiểm tra, xác minh tin báo', en: 'Verify the tip' },
        duration: { amount: 20, unit: 'days' },
        nature: 'LAW',
        legalBasis: 'BLTTHS 2015 art. 147(1)',
        confidence: 'TEXT',
        counting: 'ART_134',
      },
    ],
    type: 'array',
    items: { type: 'object' },
  })
  @IsArray()
  entries: DeadlineCatalogueEntry[];

  @ApiProperty({
    example: {
      reminderAtRatio: 0.75,
      levels: [
        { level: 1, target: 'AGENCY_HEAD', after: { amount: 0, unit: 'hours' } },
        { level: 2, target: 'STANDING_OFFICE', after: { amount: 1, unit: 'days' } },
        { level: 3, target: 'LEADERSHIP', after: { amount: 3, unit: 'days' } },
      ],
    },
    type: 'object',
    additionalProperties: true,
  })
  @IsObject()
  escalationLadder: EscalationLadder;
}
