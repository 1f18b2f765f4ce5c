import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsEnum, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { Role } from '../../../domain/role';

export class CreateUserDto {
  @ApiProperty({ example: 'bdbp-officer-1', description: '3–64 characters: lower-case letters, digits, dot, dash, underscore' })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9._-]{2,63}$/, {
    message: 'username: 3–64 lower-case letters, digits, dot, dash or underscore, starting with a letter or digit',
  })
  username: string;

  @ApiProperty({ example: 'Trần Văn B' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName: string;

  @ApiProperty({ example: 'BDBP_TINH', description: 'An active agency of the system (not an external counterpart)' })
  @IsString()
  @MaxLength(64)
  agencyCode: string;

  @ApiProperty({ enum: Role, isArray: true, example: [Role.OFFICER] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsEnum(Role, { each: true })
  roles: Role[];
}
