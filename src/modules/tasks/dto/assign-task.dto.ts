import { ApiProperty } from '@nestjs/swagger';
import { IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

export class AssignTaskDto {
  @ApiProperty({ example: '6f1c2a9e-0b7d-4c55-9a64-3c1f0e8d2b71', description: 'An active officer (or head) of the task’s agency' })
  @IsUUID()
  userId: string;

  @ApiProperty({ example: 'Knows the border commune' })
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  reason: string;
}
