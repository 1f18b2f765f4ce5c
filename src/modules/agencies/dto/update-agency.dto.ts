import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { AGENCY_KINDS } from '../agency-kinds';

/** Only the fields given change; the code never does (tasks and users refer to it). */
export class UpdateAgencyDto {
  @ApiPropertyOptional({ example: 'Đồn Biên phòng Đắk Lao' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  nameVi?: string;

  @ApiPropertyOptional({ example: 'Dak Lao Border Post' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  nameEn?: string;

  @ApiPropertyOptional({ enum: AGENCY_KINDS, example: 'BORDER_GUARD' })
  @IsOptional()
  @IsIn(AGENCY_KINDS)
  kind?: string;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'BDBP_TINH', description: 'null: no parent' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  parentCode?: string | null;

  @ApiPropertyOptional({ example: true, description: 'Works in the border area (border posts)' })
  @IsOptional()
  @IsBoolean()
  borderArea?: boolean;
}
