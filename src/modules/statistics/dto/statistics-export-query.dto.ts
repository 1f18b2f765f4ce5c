import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { StatisticsQueryDto } from './statistics-query.dto';

export class StatisticsExportQueryDto extends StatisticsQueryDto {
  @ApiPropertyOptional({ enum: ['vi', 'en'], description: 'Language of the headers and labels (default Vietnamese)', example: 'vi' })
  @IsOptional()
  @IsIn(['vi', 'en'])
  lang?: 'vi' | 'en';
}
