import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { AgencyEntity } from '../agencies/agency.entity';
import type { ExtensionState } from '../../domain/task-state';
import { TaskStatus } from '../../domain/task-status';
import { sealedJsonFields } from '../../common/crypto/sealed-json-fields';
import { sealedText } from '../../common/crypto/sealed-column';
import { STRUCTURED_OUTCOME_KEYS } from '../../domain/access/structured-outcome-keys';

/** The free text of an extension request. */
const EXTENSION_FREE_TEXT = new Set(['reason', 'decisionNote']);

/** Projection of a task held by its workflow (the source of truth), written by activities, read by queues. */
@Entity({ name: 'tasks' })
@Check('ck_tasks_status', `status IN ('OPEN', 'CLAIMED', 'COMPLETED', 'CANCELLED')`)
@Index('idx_tasks_agency_status_due', ['agencyCode', 'status', 'dueAt'])
@Index('idx_tasks_open_agency_due', ['agencyCode', 'dueAt', 'id'], { where: `status IN ('OPEN', 'CLAIMED')` })
@Index('idx_tasks_open_due', ['dueAt', 'id'], { where: `status IN ('OPEN', 'CLAIMED')` })
@Index('idx_tasks_open_assignee_due', ['assigneeId', 'dueAt', 'id'], { where: `status IN ('OPEN', 'CLAIMED')` })
@Index('idx_tasks_agency_due', ['agencyCode', 'dueAt', 'id'])
@Index('idx_tasks_case_agency', ['caseId', 'agencyCode'])
@Index('idx_tasks_process_agency', ['processId', 'agencyCode'])
@Index('idx_tasks_completed', ['completedAt', 'stepType'], { where: `status = 'COMPLETED'` })
@Index('idx_tasks_updated', ['updatedAt'])
export class TaskEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'process_id', type: 'text' })
  @Index('idx_tasks_process')
  processId: string;

  @Column({ name: 'process_type', type: 'text' })
  processType: string;

  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId: string | null;

  @Column({ name: 'step_type', type: 'text' })
  stepType: string;

  @ForeignKey(() => AgencyEntity, 'code', { name: 'fk_tasks_agency_code' })
  @Column({ name: 'agency_code', type: 'text' })
  agencyCode: string;

  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId: string | null;

  @Column({ type: 'text' })
  status: TaskStatus;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @Column({ name: 'escalation_level', type: 'integer' })
  escalationLevel: number;

  @Column({ name: 'deadline_key', type: 'text' })
  deadlineKey: string;

  @Column({ name: 'legal_basis', type: 'text' })
  legalBasis: string;

  @Column({ name: 'deadline_nature', type: 'text' })
  deadlineNature: string;

  /** Each request's reason and decision note sealed at rest. */
  @Column({ type: 'jsonb', transformer: sealedJsonFields('tasks.extensions', (key) => EXTENSION_FREE_TEXT.has(key)) })
  extensions: ExtensionState[];

  /** Free-text fields sealed at rest; structured ones in clear for the statistics. */
  @Column({ type: 'jsonb', nullable: true, transformer: sealedJsonFields('tasks.outcome', (key) => !STRUCTURED_OUTCOME_KEYS.has(key)) })
  outcome: Record<string, any> | null;

  @Column({ name: 'completed_by', type: 'uuid', nullable: true })
  completedBy: string | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ name: 'external_party_code', type: 'text', nullable: true })
  externalPartyCode: string | null;

  @Column({ name: 'suspended_at', type: 'timestamptz', nullable: true })
  suspendedAt: Date | null;

  @Column({ name: 'paused_ms', type: 'bigint', default: 0, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  pausedMs: number;

  /** Since when the task stands in an internal pause (reporting only; a LAW period keeps running). */
  @Column({ name: 'internal_pause_since', type: 'timestamptz', nullable: true })
  internalPauseSince: Date | null;

  @Column({ name: 'internal_paused_ms', type: 'bigint', default: 0, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  internalPausedMs: number;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true, transformer: sealedText('tasks.cancel_reason') })
  cancelReason: string | null;

  /** How sure the catalogue is of the period's legal text (TEXT, SECOND_HAND, UNVERIFIED, POLICY); null on older tasks. */
  @Column({ type: 'text', nullable: true })
  confidence: string | null;

  /** The period reaches a year whose holidays are not published. */
  @Column({ name: 'calendar_incomplete', type: 'boolean', default: false })
  calendarIncomplete: boolean;

  @Column({ type: 'integer' })
  revision: number;

  /** A reception's person: pseudonymous label (never a name) and whether a child; null on other processes' tasks. */
  @Column({ name: 'person_label', type: 'text', nullable: true })
  personLabel: string | null;

  @Column({ name: 'person_child', type: 'boolean', nullable: true })
  personChild: boolean | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
