import { Check, Column, CreateDateColumn, Entity, ForeignKey, PrimaryGeneratedColumn } from 'typeorm';
import { TipEntity } from '../tips/tip.entity';

@Entity({ name: 'cases' })
@Check('ck_cases_status', `status IN ('OPEN', 'CLOSED')`)
export class CaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** e.g. CASE-20261128-4HT9QA */
  @Column({ type: 'text', unique: true })
  reference: string;

  /** A case opened from a confirmed tip keeps the link; one tip opens at most one case. */
  @ForeignKey(() => TipEntity, 'id', { name: 'fk_cases_origin_tip_id' })
  @Column({ name: 'origin_tip_id', type: 'uuid', nullable: true, unique: true })
  originTipId: string | null;

  /** OPEN, CLOSED */
  @Column({ type: 'text' })
  status: string;

  @CreateDateColumn({ name: 'opened_at', type: 'timestamptz' })
  openedAt: Date;
}
