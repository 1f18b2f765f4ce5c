import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';

export class DecideExtensionDto {
  @ApiProperty({ example: true })
  @IsBoolean()
  approve: boolean;

  @ApiPropertyOptional({ example: 'Approved: witnesses are abroad' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  note?: string;
}
