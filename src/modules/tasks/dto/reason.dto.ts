import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class ReasonDto {
  @ApiProperty({ example: 'Waiting for the officer in charge to return' })
  @IsString()
  @MinLength(3)
  @MaxLength(4000)
  reason: string;
}
