import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class ChangePasswordDto {
  @ApiProperty({ description: 'The password used to log in (the temporary one after a reset)', example: 'Xk3-temporary-9q' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  currentPassword: string;

  @ApiProperty({ description: 'At least 12 characters, not the username, not the current password', example: 'a long passphrase 2026' })
  @IsString()
  @MaxLength(200)
  newPassword: string;
}
