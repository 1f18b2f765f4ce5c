import { ApiProperty } from '@nestjs/swagger';
import { Role } from '../../../domain/role';

export class TokenDto {
  @ApiProperty() accessToken: string;
  @ApiProperty() userId: string;
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiProperty() agencyCode: string;
  @ApiProperty({ enum: Role, isArray: true }) roles: Role[];
}
