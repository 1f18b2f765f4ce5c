import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Role } from '../../../domain/role';
import { RoleGrantEntity } from '../role-grant.entity';

/** A request for a privileged role, and who decided it. */
export class RoleGrantDto {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'The account the role is for' }) userId: string;
  @ApiProperty({ enum: [Role.COORDINATOR, Role.ADMIN, Role.AUDITOR] }) role: Role;
  @ApiProperty({ enum: ['PENDING', 'APPROVED', 'REJECTED'] }) status: 'PENDING' | 'APPROVED' | 'REJECTED';
  @ApiProperty({ description: 'The administrator who asked' }) requestedBy: string;
  @ApiProperty({ format: 'date-time' }) requestedAt: string;
  @ApiProperty({ nullable: true, type: String }) decidedBy: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) decidedAt: string | null;
  @ApiPropertyOptional({ description: 'Username of the account the role is for (in GET /role-grants)' }) username?: string;
  @ApiPropertyOptional({ description: 'Username of the administrator who asked (in GET /role-grants)' }) requestedByUsername?: string;

  /** `usernames` (id → username) names the account and the asker, for the administrators' screen. */
  static from(g: RoleGrantEntity, usernames?: ReadonlyMap<string, string>): RoleGrantDto {
    return Object.assign(new RoleGrantDto(), {
      ...(usernames ? { username: usernames.get(g.userId), requestedByUsername: usernames.get(g.requestedBy) } : {}),
      id: g.id,
      userId: g.userId,
      role: g.role,
      status: g.status,
      requestedBy: g.requestedBy,
      requestedAt: g.requestedAt.toISOString(),
      decidedBy: g.decidedBy,
      decidedAt: g.decidedAt?.toISOString() ?? null,
    });
  }
}
