import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '../../domain/role';
import { RoleGrantStatus } from './role-grant-status';

/**
 * A request to give an account COORDINATOR, ADMIN or AUDITOR: it takes effect only once an administrator other than
 * the one who asked approves it (separation of duties).
 */
@Entity({ name: 'role_grants' })
@Index('idx_role_grants_user', ['userId', 'status'])
@Index('idx_role_grants_status', ['status', 'requestedAt'])
export class RoleGrantEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  role: Role;

  @Column({ type: 'text' })
  status: RoleGrantStatus;

  @Column({ name: 'requested_by', type: 'uuid' })
  requestedBy: string;

  @CreateDateColumn({ name: 'requested_at', type: 'timestamptz' })
  requestedAt: Date;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;
}
