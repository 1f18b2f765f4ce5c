import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { AGENCY_KINDS } from '../agency-kinds';

export class CreateAgencyDto {
  @ApiProperty({ example: 'DBP_DAK_LAO', description: 'Stable identifier: upper-case letters, digits, underscore' })
  @IsString()
  @Matches(/^[A-Z][A-Z0-9_]{1,63}$/, { message: 'code: 2–64 upper-case letters, digits or underscores, starting with a letter' })
  code: string;

  @ApiProperty({ example: 'Đồn Biên phòng Đắk Lao' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  nameVi: string;

  @ApiProperty({ example: 'Dak Lao Border Post' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  nameEn: string;

  @ApiProperty({ enum: AGENCY_KINDS, example: 'BORDER_GUARD' })
  @IsIn(AGENCY_KINDS)
  kind: string;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'BDBP_TINH' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  parentCode?: string | null;

  @ApiPropertyOptional({ default: false, example: false, description: 'A counterpart outside the system: no users, no tasks' })
  @IsOptional()
  @IsBoolean()
  external?: boolean;

  @ApiPropertyOptional({ default: false, example: true, description: 'Works in the border area (border posts)' })
  @IsOptional()
  @IsBoolean()
  borderArea?: boolean;
}
