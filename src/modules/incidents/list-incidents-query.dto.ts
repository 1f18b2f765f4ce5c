import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class ListIncidentsQueryDto {
  @ApiPropertyOptional({ enum: ['OPEN', 'RESOLVED'], description: 'Both when absent' })
  @IsOptional()
  @IsIn(['OPEN', 'RESOLVED'])
  status?: 'OPEN' | 'RESOLVED';
}
