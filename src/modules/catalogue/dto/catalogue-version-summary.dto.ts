import { ApiProperty } from '@nestjs/swagger';

/** One published version without its entries: which exists, why and when (GET /catalogue/versions/{v} has the rest). */
export class CatalogueVersionSummaryDto {
  @ApiProperty({ example: 3 }) version: number;
  @ApiProperty({ example: 'Decree 162/2025 read: identification period confirmed', description: 'Why this version exists' })
  note: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ example: '2026-11-28T09:30:00+07:00', description: 'createdAt in the province’s time (UTC+7)' }) createdAtLocal: string;
  @ApiProperty({ example: 24, description: 'How many deadline entries it holds' }) entryCount: number;
  @ApiProperty({ description: 'The version in force (the newest)' }) inForce: boolean;
}
