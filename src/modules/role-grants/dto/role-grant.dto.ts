import { ApiProperty } from '@nestjs/swagger';
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

  static from(g: RoleGrantEntity): RoleGrantDto {
    return Object.assign(new RoleGrantDto(), {
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
