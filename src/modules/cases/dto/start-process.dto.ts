import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class StartProcessDto {
  @ApiProperty({ example: 'RECEPTION', enum: ['RESCUE', 'RECEPTION', 'PROSECUTION'] })
  @IsIn(['RESCUE', 'RECEPTION', 'PROSECUTION'])
  kind: 'RESCUE' | 'RECEPTION' | 'PROSECUTION';

  @ApiPropertyOptional({ example: true, description: 'RESCUE: the victim is held abroad (a request to Mondulkiri is needed)' })
  @IsOptional()
  @IsBoolean()
  victimAbroad?: boolean;

  @ApiPropertyOptional({ example: true, description: 'RESCUE: border area (the border guard plans and signs off too)' })
  @IsOptional()
  @IsBoolean()
  borderArea?: boolean;

  @ApiPropertyOptional({ description: 'RECEPTION: a pseudonymous label such as V1 — never a name', example: 'V1' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9-]{1,20}$/, { message: 'personLabel must be a short pseudonym (letters, digits, dashes), never a name' })
  personLabel?: string;

  @ApiPropertyOptional({ example: false, description: 'RECEPTION: the person is a child' })
  @IsOptional()
  @IsBoolean()
  child?: boolean;

  @ApiPropertyOptional({ example: 'BORDER_HANDOVER', enum: ['BORDER_HANDOVER', 'SELF_REPORT', 'RESCUED'] })
  @IsOptional()
  @IsIn(['BORDER_HANDOVER', 'SELF_REPORT', 'RESCUED'])
  route?: 'BORDER_HANDOVER' | 'SELF_REPORT' | 'RESCUED';

  @ApiPropertyOptional({
    example: 'UBND_XA_QUANG_TRUC',
    description: 'RECEPTION: the home commune (must be a commune of the agency list); unknown: the health department decides',
  })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  homeCommuneCode?: string;

  @ApiPropertyOptional({ example: 'THUAN_AN', description: 'RECEPTION, SELF_REPORT: the commune where the person reported (default: home commune)' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  arrivalCommuneCode?: string;

  @ApiPropertyOptional({
    example: 'CA_XA_THUAN_AN',
    description: 'RECEPTION, SELF_REPORT: the agency the person reported to, which brings them to the commune committee (Law 53/2024 art. 27(1))',
  })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  receivingAgencyCode?: string;

  @ApiPropertyOptional({
    example: false,
    description: 'RECEPTION, RESCUED: rescued abroad, received at the border gate before the health department',
  })
  @IsOptional()
  @IsBoolean()
  rescuedAbroad?: boolean;

  @ApiPropertyOptional({
    example: '2026-11-28T09:00:00+07:00',
    description:
      'PROSECUTION: date of the decision to prosecute (ISO 8601, not in the future; default: now); the investigation runs from it (BLTTHS art. 172(1))',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  decidedAt?: string;

  @ApiPropertyOptional({ example: false, description: 'PROSECUTION: the border guard opened the case and hands it over' })
  @IsOptional()
  @IsBoolean()
  openedByBorderGuard?: boolean;
}
