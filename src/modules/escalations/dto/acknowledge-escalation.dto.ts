import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class AcknowledgeEscalationDto {
  @ApiPropertyOptional({ description: 'Direction given, e.g. "Report by Friday"' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  note?: string;
}
