import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { AgencyEntity } from '../agencies/agency.entity';
import { TipStatus } from '../../domain/tip/tip-status';
import { sealedText } from '../../common/crypto/sealed-column';

/** What the agencies verifying a tip may see; the tipster's identity lives apart, in tipster_contacts. */
@Entity({ name: 'tips' })
@Check('ck_tips_urgency', `urgency IN ('NORMAL', 'URGENT')`)
@Check('ck_tips_status', `status IN ('PENDING_START', 'VERIFYING', 'SUSPENDED', 'UNFOUNDED', 'CONFIRMED', 'CANCELLED')`)
@Index('idx_tips_received', ['receivedAt', 'id'])
@Index('idx_tips_agency_received', ['investigatingAgencyCode', 'receivedAt', 'id'])
@Index('idx_tips_case', ['caseId'])
@Index('idx_tips_updated', ['updatedAt'])
export class TipEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The business key, e.g. TIP-20261128-7KQ2XM; the workflow ID is derived from it. */
  @Column({ type: 'text', unique: true })
  reference: string;

  @Column({ name: 'external_reference', type: 'text', nullable: true, unique: true })
  externalReference: string | null;

  @Column({ name: 'idempotency_key', type: 'text', nullable: true, unique: true })
  idempotencyKey: string | null;

  /** HOTLINE_111, PROVINCIAL_HOTLINE, WALK_IN, COMMUNE_POLICE, BORDER_POST, REFERRAL, OTHER */
  @Column({ type: 'text' })
  channel: string;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;

  /** Sealed at rest (envelope encryption, src/common/crypto); read plain through the entity. */
  @Column({ type: 'text', transformer: sealedText('tips.summary') })
  summary: string;

  @Column({ type: 'text', transformer: sealedText('tips.location') })
  location: string;

  /** NORMAL or URGENT */
  @Column({ type: 'text' })
  urgency: string;

  @Column({ name: 'victim_in_danger', type: 'boolean', default: false })
  victimInDanger: boolean;

  @ForeignKey(() => AgencyEntity, 'code', { name: 'fk_tips_investigating_agency_code' })
  @Column({ name: 'investigating_agency_code', type: 'text' })
  investigatingAgencyCode: string;

  @Column({ type: 'text' })
  status: TipStatus;

  @Column({ name: 'workflow_id', type: 'text', unique: true })
  workflowId: string;

  /** The deadline catalogue version in force when the API accepted the tip; its process keeps it. */
  @Column({ name: 'catalogue_version', type: 'integer', nullable: true })
  catalogueVersion: number | null;

  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId: string | null;

  @Column({ name: 'registered_by', type: 'uuid' })
  registeredBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
