import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';

export class ListEscalationsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ default: true, description: 'Only escalations nobody has acknowledged yet; false: all (same as state=all)' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  open?: boolean;

  @ApiPropertyOptional({ enum: ['open', 'acknowledged', 'all'], description: 'Default: open (or all with open=false)' })
  @IsOptional()
  @IsIn(['open', 'acknowledged', 'all'])
  state?: 'open' | 'acknowledged' | 'all';

  @ApiPropertyOptional({ minimum: 1, maximum: 10, description: 'Rung of the ladder: 1 agency head, 2 standing office, 3 leadership' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value))
  @IsInt()
  @Min(1)
  @Max(10)
  level?: number;

  @ApiPropertyOptional({ description: 'The overdue task’s agency' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  agencyCode?: string;
}
