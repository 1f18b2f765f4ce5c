import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { DURATION_UNITS, DurationUnit } from '../../../domain/duration';

export class RequestExtensionDto {
  @ApiProperty({ example: 20 })
  @IsInt()
  @Min(1)
  @Max(10000)
  amount: number;

  @ApiProperty({ enum: DURATION_UNITS, example: 'days' })
  @IsIn(DURATION_UNITS)
  unit: DurationUnit;

  @ApiProperty({ example: 'Complex case: witnesses are in Cambodia' })
  @IsString()
  @MinLength(3)
  @MaxLength(4000)
  reason: string;
}
