import { Column, Entity, Generated, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * Every read or change of personal data (and other sensitive actions) leaves a row here. Append-only (a trigger
 * refuses DELETE, TRUNCATE and every UPDATE but the one that chains a row) and hash-chained: `hash` covers the row and
 * `previous_hash`, `sequence` has no gaps (src/modules/audit/audit-chain.ts; `npm run audit:verify` walks it). A row
 * is written without its chain fields and given them once, moments later, by AuditChainer.
 */
@Entity({ name: 'audit_log' })
@Index('idx_audit_subject', ['subjectType', 'subjectId'])
@Index('idx_audit_log_at', ['at'])
@Index('idx_audit_log_actor', ['actorId', 'sequence'])
@Index('idx_audit_log_unchained', ['arrival'], { where: 'sequence IS NULL' })
@Unique('uq_audit_log_sequence', ['sequence'])
export class AuditLogEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Null until the row is chained. */
  @Column({ type: 'bigint', nullable: true, transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? v : Number(v)) } })
  sequence: number | null;

  /** Order of arrival (a database sequence: gaps where an insert rolled back); the chainer chains rows in this order. */
  @Column({ type: 'bigint', select: false, insert: false, update: false })
  @Generated('increment')
  arrival: string;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'subject_type', type: 'text' })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'text' })
  subjectId: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  detail: Record<string, any>;

  /** Set by the writer to the millisecond (not by the database, whose microseconds a JavaScript Date would lose). */
  @Column({ name: 'at', type: 'timestamptz' })
  at: Date;

  @Column({ name: 'previous_hash', type: 'text', nullable: true })
  previousHash: string | null;

  @Column({ type: 'text', nullable: true })
  hash: string | null;
}
