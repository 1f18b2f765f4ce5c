import { Column, CreateDateColumn, Entity, ForeignKey, PrimaryGeneratedColumn } from 'typeorm';
import { AgencyEntity } from '../agencies/agency.entity';
import { Role } from '../../domain/role';

@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  username: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  /** scrypt$N$salt$hash, see PasswordHasher. */
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @ForeignKey(() => AgencyEntity, 'code', { name: 'fk_users_agency_code' })
  @Column({ name: 'agency_code', type: 'text' })
  agencyCode: string;

  @Column({ type: 'text', array: true })
  roles: Role[];

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
