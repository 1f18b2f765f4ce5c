import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';

export class HolidayDto {
  @ApiProperty({ example: '2027-02-06' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be YYYY-MM-DD' })
  date: string;

  @ApiProperty({ example: 'Tết Nguyên đán' })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  nameVi: string;

  @ApiProperty({ example: 'Lunar New Year' })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  nameEn: string;
}
