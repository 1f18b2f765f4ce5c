import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';

const toNumber = ({ value }: { value: unknown }) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value);

export class ListCasesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['OPEN', 'CLOSED'] })
  @IsOptional()
  @IsIn(['OPEN', 'CLOSED'])
  status?: 'OPEN' | 'CLOSED';

  @ApiPropertyOptional({ enum: [150, 151], description: 'Article of the Penal Code charged' })
  @IsOptional()
  @Transform(toNumber)
  @IsIn([150, 151])
  chargeArticle?: 150 | 151;

  @ApiPropertyOptional({ minimum: 1, maximum: 3, description: 'Clause of the article charged' })
  @IsOptional()
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(3)
  chargeClause?: number;

  @ApiPropertyOptional({ enum: ['VERY_SERIOUS', 'ESPECIALLY_SERIOUS'] })
  @IsOptional()
  @IsIn(['VERY_SERIOUS', 'ESPECIALLY_SERIOUS'])
  severity?: 'VERY_SERIOUS' | 'ESPECIALLY_SERIOUS';

  @ApiPropertyOptional({ description: 'Cases this agency is involved in (has or had a task, or investigates the tip)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  agencyCode?: string;

  @ApiPropertyOptional({ description: 'true: cases with an open task past its deadline; false: cases without' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ description: 'Text found in the case reference (case-insensitive)' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  q?: string;
}
