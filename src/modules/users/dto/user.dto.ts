import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Role } from '../../../domain/role';
import { UserEntity } from '../user.entity';

/** An account as administrators see it: never its password hash. */
export class UserDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'bdbp-officer-1' }) username: string;
  @ApiProperty({ example: 'Trần Văn B' }) displayName: string;
  @ApiProperty({ example: 'BDBP_TINH' }) agencyCode: string;
  @ApiProperty({ enum: Role, isArray: true }) roles: Role[];
  @ApiProperty() active: boolean;
  @ApiProperty() mustChangePassword: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) passwordChangedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiPropertyOptional({
    enum: Role,
    isArray: true,
    description: 'Privileged roles asked for and waiting for a second administrator (answers to a create or a change only)',
  })
  pendingRoles?: Role[];

  static from(u: UserEntity, pendingRoles?: Role[]): UserDto {
    return Object.assign(new UserDto(), {
      id: u.id,
      username: u.username,
      displayName: u.displayName,
      agencyCode: u.agencyCode,
      roles: u.roles,
      active: u.active,
      mustChangePassword: u.mustChangePassword,
      passwordChangedAt: u.passwordChangedAt?.toISOString() ?? null,
      createdAt: u.createdAt.toISOString(),
      updatedAt: u.updatedAt.toISOString(),
      ...(pendingRoles ? { pendingRoles } : {}),
    });
  }
}
