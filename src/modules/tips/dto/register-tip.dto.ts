import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsISO8601, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { TIP_CHANNELS, TipChannel } from '../tip-channel';
import { IsReceiptInstant } from './is-receipt-instant';
import { TipsterContactDto } from './tipster-contact.dto';

export class RegisterTipDto {
  @ApiProperty({ example: 'HOTLINE_111', enum: TIP_CHANNELS })
  @IsIn(TIP_CHANNELS)
  channel: TipChannel;

  @ApiProperty({
    example: '2026-11-28T08:00:00+07:00',
    description:
      'When the tip was received (ISO 8601); the notice (3 days) and the verification (20 days) run from here. At most 5 minutes ahead of the server clock and at most 366 days old.',
  })
  @IsISO8601({ strict: true })
  @IsReceiptInstant()
  receivedAt: string;

  @ApiProperty({ example: 'Caller reports a young woman held at a casino compound across the border', description: 'What was reported' })
  @IsString()
  @MinLength(3)
  @MaxLength(8000)
  summary: string;

  @ApiProperty({ example: 'xã Quảng Trực' })
  @IsString()
  @MinLength(2)
  @MaxLength(500)
  location: string;

  @ApiProperty({ example: 'URGENT', enum: ['NORMAL', 'URGENT'] })
  @IsIn(['NORMAL', 'URGENT'])
  urgency: 'NORMAL' | 'URGENT';

  @ApiPropertyOptional({
    example: true,
    default: false,
    description: 'A victim is in danger now: a rescue decision is asked of the coordinator at once',
  })
  @IsOptional()
  @IsBoolean()
  victimInDanger?: boolean;

  @ApiPropertyOptional({
    example: 'HOTLINE-2026-000123',
    description: 'Reference in the originating system (hotline ticket); registering it twice returns the first tip',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  externalReference?: string;

  @ApiPropertyOptional({
    example: 'CA_TINH_CSDT',
    description: 'Default: the provincial police investigation agency; a border post for border areas',
  })
  @IsOptional()
  @IsString()
  investigatingAgencyCode?: string;

  @ApiPropertyOptional({ type: TipsterContactDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => TipsterContactDto)
  tipsterContact?: TipsterContactDto;
}
