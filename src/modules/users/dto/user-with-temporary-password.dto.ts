import { ApiProperty } from '@nestjs/swagger';
import { UserDto } from './user.dto';

export class UserWithTemporaryPasswordDto extends UserDto {
  @ApiProperty({ description: 'Shown this once and never stored in clear: hand it to the user, who must change it at first login' })
  temporaryPassword: string;
}
