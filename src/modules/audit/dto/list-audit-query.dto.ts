import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination';

/** Filters of the audit log; every one optional, all combined. */
export class ListAuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Username of the person who acted', example: 'admin' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  actor?: string;

  @ApiPropertyOptional({ description: 'One action, or several separated by commas', example: 'LOGIN_FAILED,LOGIN_REFUSED' })
  @IsOptional()
  @Matches(/^[A-Z_]{1,64}(,[A-Z_]{1,64}){0,19}$/, { message: 'action: upper-case action names, comma-separated' })
  action?: string;

  @ApiPropertyOptional({ description: 'Kind of subject', example: 'USER' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  subjectType?: string;

  @ApiPropertyOptional({ description: 'Id (or reference) of the subject' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  subjectId?: string;

  @ApiPropertyOptional({ description: 'From this instant (inclusive)', example: '2026-12-01T00:00:00+07:00' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ description: 'Before this instant (exclusive)', example: '2026-12-08T00:00:00+07:00' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({ description: 'true: only rows flagged for the auditor (role grants)' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  alert?: boolean;
}
