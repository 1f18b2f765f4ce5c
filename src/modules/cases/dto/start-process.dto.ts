import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class StartProcessDto {
  @ApiProperty({ enum: ['RESCUE', 'RECEPTION', 'PROSECUTION'] })
  @IsIn(['RESCUE', 'RECEPTION', 'PROSECUTION'])
  kind: 'RESCUE' | 'RECEPTION' | 'PROSECUTION';

  @ApiPropertyOptional({ description: 'RESCUE: the victim is held abroad (a request to Mondulkiri is needed)' })
  @IsOptional()
  @IsBoolean()
  victimAbroad?: boolean;

  @ApiPropertyOptional({ description: 'RESCUE: border area (the border guard plans and signs off too)' })
  @IsOptional()
  @IsBoolean()
  borderArea?: boolean;

  @ApiPropertyOptional({ description: 'RECEPTION: a pseudonymous label such as V1 — never a name', example: 'V1' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9-]{1,20}$/, { message: 'personLabel must be a short pseudonym (letters, digits, dashes), never a name' })
  personLabel?: string;

  @ApiPropertyOptional({ description: 'RECEPTION: the person is a child' })
  @IsOptional()
  @IsBoolean()
  child?: boolean;

  @ApiPropertyOptional({ enum: ['BORDER_HANDOVER', 'SELF_REPORT', 'RESCUED'] })
  @IsOptional()
  @IsIn(['BORDER_HANDOVER', 'SELF_REPORT', 'RESCUED'])
  route?: 'BORDER_HANDOVER' | 'SELF_REPORT' | 'RESCUED';

  @ApiPropertyOptional({ example: 'UBND_XA_QUANG_TRUC' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  homeCommuneCode?: string;

  @ApiPropertyOptional({ description: 'PROSECUTION: the border guard opened the case and hands it over' })
  @IsOptional()
  @IsBoolean()
  openedByBorderGuard?: boolean;
}
