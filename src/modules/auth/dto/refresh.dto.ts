import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class RefreshDto {
  @ApiProperty({ description: 'The refresh token from the last login or refresh', example: 'rt_8f1c2e0b4a6d4f0f9a1e3c5b7d9f1a2b' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  refreshToken: string;
}
