import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export class StatisticsQueryDto {
  @ApiPropertyOptional({
    description: 'ISO date-time, start of the period (inclusive). Default: the 1st of the current month, 00:00 UTC+7',
    example: '2026-11-01T00:00:00+07:00',
  })
  @IsOptional()
  @IsDateString()
  from?: string;

  @ApiPropertyOptional({ description: 'ISO date-time, end of the period (exclusive). Default: now', example: '2026-12-01T00:00:00+07:00' })
  @IsOptional()
  @IsDateString()
  to?: string;

  @ApiPropertyOptional({
    description: 'One agency (its tasks, the tips it verifies, its escalations). Default: the whole province',
    example: 'CA_TINH_CSDT',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  agencyCode?: string;

  @ApiPropertyOptional({
    enum: ['month'],
    description: 'month: also the per-month series (calendar months in UTC+7, cut to the period; at most 36 months)',
    example: 'month',
  })
  @IsOptional()
  @IsIn(['month'])
  by?: 'month';
}
