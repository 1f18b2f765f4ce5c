import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

export class ReassignTaskDto {
  @ApiProperty()
  @IsString()
  agencyCode: string;

  @ApiPropertyOptional({ description: 'An officer of that agency; omitted: the agency queue' })
  @IsOptional()
  @IsUUID()
  assigneeId?: string;

  @ApiProperty()
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  reason: string;
}
