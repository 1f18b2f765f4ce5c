import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class AcknowledgeEscalationDto {
  @ApiPropertyOptional({ example: 'Report by Friday', description: 'Direction given, e.g. "Report by Friday"' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  note?: string;
}
