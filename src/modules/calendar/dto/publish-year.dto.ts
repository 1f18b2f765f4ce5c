import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class PublishYearDto {
  @ApiProperty({ example: 'Government decision on the 2029 Tết break' })
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  note: string;
}
