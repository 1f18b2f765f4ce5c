import { ApiProperty } from '@nestjs/swagger';
import { IsArray, IsObject, IsString, MaxLength, MinLength } from 'class-validator';
import type { DeadlineCatalogueEntry, EscalationLadder } from '../../../domain/deadline-catalogue';

/** A whole new version; its content is checked by the domain's validateCatalogue. */
export class PublishCatalogueDto {
  @ApiProperty({ description: 'Why this version exists (e.g. Decree 162/2025 read: identification period confirmed)' })
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  note: string;

  @ApiProperty({ type: 'array', items: { type: 'object' } })
  @IsArray()
  entries: DeadlineCatalogueEntry[];

  @ApiProperty({ type: 'object', additionalProperties: true })
  @IsObject()
  escalationLadder: EscalationLadder;
}
