import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsEnum, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { TipStatus } from '../../../domain/tip/tip-status';
import { TIP_CHANNELS, TipChannel } from '../tip-channel';

export class ListTipsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: TipStatus })
  @IsOptional()
  @IsEnum(TipStatus)
  status?: TipStatus;

  @ApiPropertyOptional({ enum: TIP_CHANNELS })
  @IsOptional()
  @IsIn(TIP_CHANNELS)
  channel?: TipChannel;

  @ApiPropertyOptional({ enum: ['NORMAL', 'URGENT'] })
  @IsOptional()
  @IsIn(['NORMAL', 'URGENT'])
  urgency?: 'NORMAL' | 'URGENT';

  @ApiPropertyOptional({ description: 'ISO date-time: received at or after it' })
  @IsOptional()
  @IsDateString()
  receivedFrom?: string;

  @ApiPropertyOptional({ description: 'ISO date-time: received before it' })
  @IsOptional()
  @IsDateString()
  receivedTo?: string;

  @ApiPropertyOptional({ description: 'Text found in the reference, summary or location (case-insensitive)' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  q?: string;
}
