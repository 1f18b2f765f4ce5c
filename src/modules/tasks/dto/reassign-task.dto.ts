import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

export class ReassignTaskDto {
  @ApiProperty({ example: 'DBP_BU_PRANG' })
  @IsString()
  agencyCode: string;

  @ApiPropertyOptional({ example: '6f1c2a9e-0b7d-4c55-9a64-3c1f0e8d2b71', description: 'An officer of that agency; omitted: the agency queue' })
  @IsOptional()
  @IsUUID()
  assigneeId?: string;

  @ApiProperty({ example: 'The location is in the Bu Prăng border area' })
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  reason: string;
}
