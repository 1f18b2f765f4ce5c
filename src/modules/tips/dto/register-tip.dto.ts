import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsISO8601, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { TIP_CHANNELS, TipChannel } from '../tip-channel';
import { IsReceiptInstant } from './is-receipt-instant';
import { TipsterContactDto } from './tipster-contact.dto';

export class RegisterTipDto {
  @ApiProperty({ enum: TIP_CHANNELS })
  @IsIn(TIP_CHANNELS)
  channel: TipChannel;

  @ApiProperty({
    description:
      'When the tip was received (ISO 8601); the notice (3 days) and the verification (20 days) run from here. At most 5 minutes ahead of the server clock and at most 366 days old.',
  })
  @IsISO8601({ strict: true })
  @IsReceiptInstant()
  receivedAt: string;

  @ApiProperty({ description: 'What was reported' })
  @IsString()
  @MinLength(3)
  @MaxLength(8000)
  summary: string;

  @ApiProperty({ example: 'xã Quảng Trực' })
  @IsString()
  @MinLength(2)
  @MaxLength(500)
  location: string;

  @ApiProperty({ enum: ['NORMAL', 'URGENT'] })
  @IsIn(['NORMAL', 'URGENT'])
  urgency: 'NORMAL' | 'URGENT';

  @ApiPropertyOptional({ default: false, description: 'A victim is in danger now: a rescue decision is asked of the coordinator at once' })
  @IsOptional()
  @IsBoolean()
  victimInDanger?: boolean;

  @ApiPropertyOptional({ description: 'Reference in the originating system (hotline ticket); registering it twice returns the first tip' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  externalReference?: string;

  @ApiPropertyOptional({ description: 'Default: the provincial police investigation agency; a border post for border areas' })
  @IsOptional()
  @IsString()
  investigatingAgencyCode?: string;

  @ApiPropertyOptional({ type: TipsterContactDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => TipsterContactDto)
  tipsterContact?: TipsterContactDto;
}
