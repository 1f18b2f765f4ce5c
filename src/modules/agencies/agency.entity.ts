import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** An agency is data: a reorganisation (merged provinces, abolished district police) is a row change, not a code change. */
@Entity({ name: 'agencies' })
@Index('idx_agencies_parent_code', ['parentCode'])
export class AgencyEntity {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ name: 'name_vi', type: 'text' })
  nameVi: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;

  /** POLICE, BORDER_GUARD, HEALTH, FOREIGN_AFFAIRS, PROCURACY, COURT, JUSTICE, LEGAL_AID, WOMENS_UNION, COMMUNE, HOME_AFFAIRS, SOCIAL_SUPPORT, STEERING_COMMITTEE, PEOPLES_COMMITTEE, EXTERNAL */
  @Column({ type: 'text' })
  kind: string;

  @ForeignKey(() => AgencyEntity, 'code', { name: 'fk_agencies_parent_code' })
  @Column({ name: 'parent_code', type: 'text', nullable: true })
  parentCode: string | null;

  /** External counterparts (Mondulkiri, the embassy) have no users; our officers record their replies. */
  @Column({ type: 'boolean', default: false })
  external: boolean;

  @Column({ name: 'border_area', type: 'boolean', default: false })
  borderArea: boolean;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
