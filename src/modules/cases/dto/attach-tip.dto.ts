import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';

export class AttachTipDto {
  @ApiProperty({ example: 'TIP-20261128-7KQ2XM' })
  @IsString()
  @Matches(/^TIP-\d{8}-[0-9A-Z]{6}$/, { message: 'tipReference must look like TIP-20261128-7KQ2XM' })
  tipReference: string;
}
