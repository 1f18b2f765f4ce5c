import { ApiProperty } from '@nestjs/swagger';
import { Role } from '../../../domain/role';

export class TokenDto {
  @ApiProperty({ description: 'Bearer token for every other route; short-lived (see expiresIn)' }) accessToken: string;
  @ApiProperty({ description: 'Seconds the access token stays valid', example: 900 }) expiresIn: number;
  @ApiProperty({ description: 'Spend once at POST /auth/refresh for a new pair; a second use ends the session' }) refreshToken: string;
  @ApiProperty() userId: string;
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiProperty() agencyCode: string;
  @ApiProperty({ enum: Role, isArray: true }) roles: Role[];
  @ApiProperty({ description: 'True after an administrator set the password: only change-password, logout and /me answer until then' })
  mustChangePassword: boolean;
}
