import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

export class SetLanguageDto {
  @ApiProperty({ enum: ['vi', 'en'], example: 'en' })
  @IsIn(['vi', 'en'])
  language: 'vi' | 'en';
}
