import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { getCaseQuery } from '../../../workflows/case/messages';
import type { CaseView } from '../../../workflows/case/types';
import { getProcessQuery } from '../../../workflows/human-task/messages';
import type { ProcessView } from '../../../workflows/human-task/process-view';
import { securityConfig } from '../../config/security.config';
import type { ProcessRecordSnapshot } from '../../domain/process-record';
import { WorkflowGateway } from '../../temporal/workflow-gateway.service';
import { RecordSeal } from './record-seal';

interface RecordRow {
  workflow_id: string;
  status: string;
  revision: number;
  key_id: string;
  sealed: Buffer;
}

const CLOSED = new Set(['COMPLETED', 'CANCELLED', 'FAILED', 'CLOSED']);

/**
 * The record of reference of processes and cases, in PostgreSQL: written by the worker as they change, read by the
 * case, process and tip pages. A closed one is read from the record alone, so its pages stay whole once retention
 * has removed its history from the engine. A running one is asked live (the answer to an update must show on the
 * next read, and the worker writes the record just after), falling back to the record if the engine has lost it.
 */
@Injectable()
export class RecordsService {
  private readonly seal = new RecordSeal(securityConfig().dataKey);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly workflows: WorkflowGateway,
  ) {}

  /** Activity side. Idempotent; a write older than the stored one (a retry overtaken by a newer write) changes nothing. */
  async save(snapshot: ProcessRecordSnapshot): Promise<void> {
    const { keyId, sealed } = this.seal.seal(snapshot.workflowId, snapshot.view);
    await this.db.query(
      `INSERT INTO process_records (workflow_id, kind, process_type, case_id, status, closed_at, revision, key_id, sealed, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now())
       ON CONFLICT (workflow_id) DO UPDATE SET kind = excluded.kind, process_type = excluded.process_type, case_id = excluded.case_id,
         status = excluded.status, closed_at = excluded.closed_at, revision = excluded.revision, key_id = excluded.key_id,
         sealed = excluded.sealed, updated_at = now()
       WHERE process_records.revision < excluded.revision`,
      [
        snapshot.workflowId,
        snapshot.kind,
        snapshot.processType,
        snapshot.caseId,
        snapshot.status,
        snapshot.closedAt === null ? null : new Date(snapshot.closedAt),
        snapshot.revision,
        keyId,
        sealed,
      ],
    );
  }

  /** A process's view (tasks, escalations, timeline): from the record once closed, else live. */
  async process(processId: string): Promise<ProcessView> {
    return this.read<ProcessView>(
      processId,
      () => this.workflows.query(processId, getProcessQuery),
      (view) => ({
        workflowId: processId,
        kind: 'PROCESS',
        processType: view.processType,
        caseId: view.tasks.find((t) => t.caseId)?.caseId ?? null,
        status: view.status,
        closedAt: view.closedAt,
        revision: view.timeline.length,
        view,
      }),
    );
  }

  /** A case's view (children, charge, its own timeline): from the record once closed, else live. */
  async caseView(workflowId: string): Promise<CaseView> {
    return this.read<CaseView>(
      workflowId,
      () => this.workflows.query(workflowId, getCaseQuery),
      (view) => ({
        workflowId,
        kind: 'CASE',
        processType: 'CASE',
        caseId: view.caseId,
        status: view.status,
        closedAt: view.status === 'CLOSED' ? (view.timeline.at(-1)?.at ?? null) : null,
        revision: view.timeline.length,
        view,
      }),
    );
  }

  private async read<V extends { status: string }>(
    workflowId: string,
    live: () => Promise<V>,
    snapshot: (view: V) => ProcessRecordSnapshot,
  ): Promise<V> {
    const [row]: RecordRow[] = await this.db.query(
      `SELECT workflow_id, status, revision, key_id, sealed FROM process_records WHERE workflow_id = $1`,
      [workflowId],
    );
    if (row && CLOSED.has(row.status)) return this.seal.open<V>(row.workflow_id, row.key_id, row.sealed);
    let view: V;
    try {
      view = await live();
    } catch (error) {
      if (row) return this.seal.open<V>(row.workflow_id, row.key_id, row.sealed);
      throw error;
    }
    // Closed before the record existed (or its last write is still on its way): kept now, while the engine has it.
    // A failed write costs nothing now (the answer is in hand) and is tried again on the next read.
    if (CLOSED.has(view.status)) await this.save(snapshot(view)).catch(() => undefined);
    return view;
  }
}
