import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { StatisticsQueryDto } from './statistics-query.dto';

export class StatisticsExportQueryDto extends StatisticsQueryDto {
  @ApiPropertyOptional({ enum: ['vi', 'en'], description: 'Language of the headers and labels (default Vietnamese)', example: 'vi' })
  @IsOptional()
  @IsIn(['vi', 'en'])
  lang?: 'vi' | 'en';

  @ApiPropertyOptional({
    description:
      'Why the tips’ narratives (location, summary) are needed, at least 15 characters; kept in the audit log. Without it the tips sheet leaves those columns out',
    example: 'Báo cáo chuyên đề quý I gửi Ban Chỉ đạo',
    minLength: 15,
    maxLength: 500,
  })
  @IsOptional()
  @IsString()
  @MinLength(15)
  @MaxLength(500)
  reason?: string;
}
