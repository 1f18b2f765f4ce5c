import { ApiProperty } from '@nestjs/swagger';
import { Role } from '../../../domain/role';
import type { UserEntity } from '../user.entity';

/** A colleague as the inbox names them: never a username, a hash or a session. */
export class AgencyMemberDto {
  @ApiProperty() id: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: Role, isArray: true }) roles: Role[];
  @ApiProperty({ description: 'Inactive members still name the tasks they hold; only active ones can be given work' }) active: boolean;

  static from(u: UserEntity): AgencyMemberDto {
    return { id: u.id, displayName: u.displayName, roles: u.roles, active: u.active };
  }
}
