import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { AgencyEntity } from '../agencies/agency.entity';
import { Role } from '../../domain/role';

@Entity({ name: 'users' })
@Check('chk_users_language', `language IN ('vi', 'en')`)
@Index('idx_users_agency_code', ['agencyCode', 'username'])
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  username: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  /** scrypt$ln=17,r=8,p=1$salt$key (older rows: scrypt$salt$key), see PasswordHasher. */
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @ForeignKey(() => AgencyEntity, 'code', { name: 'fk_users_agency_code' })
  @Column({ name: 'agency_code', type: 'text' })
  agencyCode: string;

  @Column({ type: 'text', array: true })
  roles: Role[];

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** Set by an administrator's reset (and for new accounts): until changed, only change-password, logout and /me answer. */
  @Column({ name: 'must_change_password', type: 'boolean', default: false })
  mustChangePassword: boolean;

  /** The web app's language for this user ('vi' or 'en'), set by the user at PUT /me/language. */
  @Column({ type: 'text', default: 'vi' })
  language: 'vi' | 'en';

  @Column({ name: 'password_changed_at', type: 'timestamptz', nullable: true })
  passwordChangedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
