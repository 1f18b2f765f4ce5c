import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

/** Kept encrypted and apart from the tip; never shown to the agencies verifying it. */
export class TipsterContactDto {
  @ApiPropertyOptional({ example: 'Nguyễn Văn A' }) @IsOptional() @IsString() @MaxLength(200) name?: string;
  @ApiPropertyOptional({ example: '0912345678' }) @IsOptional() @IsString() @MaxLength(50) phone?: string;
  @ApiPropertyOptional({ example: 'Call back after 18:00' }) @IsOptional() @IsString() @MaxLength(2000) note?: string;
}
