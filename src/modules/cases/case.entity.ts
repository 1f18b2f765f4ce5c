import { Check, Column, CreateDateColumn, Entity, Index, ForeignKey, PrimaryGeneratedColumn } from 'typeorm';
import { TipEntity } from '../tips/tip.entity';
import { sealedText } from '../../common/crypto/sealed-column';

@Entity({ name: 'cases' })
@Check('ck_cases_status', `status IN ('OPEN', 'CLOSED')`)
@Index('idx_cases_opened', ['openedAt', 'id'])
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

  /** The case workflow's ID (case-<reference>). */
  @Column({ name: 'workflow_id', type: 'text', nullable: true, unique: true })
  workflowId: string | null;

  @Column({ name: 'charge_article', type: 'integer', nullable: true })
  chargeArticle: number | null;

  @Column({ name: 'charge_clause', type: 'integer', nullable: true })
  chargeClause: number | null;

  /** VERY_SERIOUS or ESPECIALLY_SERIOUS, from the charge. */
  @Column({ type: 'text', nullable: true })
  severity: string | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'close_reason', type: 'text', nullable: true, transformer: sealedText('cases.close_reason') })
  closeReason: string | null;

  /** `<userId>:<Idempotency-Key>` of the request that opened it: its retry finds this case instead of opening another. */
  @Column({ name: 'idempotency_key', type: 'text', nullable: true, unique: true })
  idempotencyKey: string | null;
}
