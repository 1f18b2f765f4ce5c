import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, Max, Min } from 'class-validator';

/** The article and clause of the Penal Code charged; severity, and so every prosecution period, follows from it. */
export class ChargeDto {
  @ApiProperty({ example: 150, enum: [150, 151], description: '150: trafficking in persons; 151: trafficking in persons under 16' })
  @IsIn([150, 151])
  article: 150 | 151;

  @ApiProperty({ example: 3, minimum: 1, maximum: 3 })
  @IsInt()
  @Min(1)
  @Max(3)
  clause: number;
}
