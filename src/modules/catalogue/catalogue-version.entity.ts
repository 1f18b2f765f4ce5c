import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { DeadlineCatalogueEntry, EscalationLadder } from '../../domain/deadline-catalogue';

/** Versions are append-only: running processes keep the version they started with. */
@Entity({ name: 'deadline_catalogue_versions' })
export class CatalogueVersionEntity {
  @PrimaryColumn({ type: 'integer' })
  version: number;

  @Column({ type: 'jsonb' })
  entries: DeadlineCatalogueEntry[];

  @Column({ name: 'escalation_ladder', type: 'jsonb' })
  escalationLadder: EscalationLadder;

  @Column({ type: 'text' })
  note: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
