import type { CatalogueSnapshot } from '../src/domain/deadline-catalogue';
import type { EscalationState, TaskState } from '../src/domain/task-state';
import type { NotificationRequest } from '../src/domain/notification-request';
import type { TipStatus } from '../src/domain/tip/tip-status';
import type { Charge, Severity } from '../src/domain/case/severity';
import type { ProcessRecordSnapshot } from '../src/domain/process-record';

export interface CasePatch {
  charge?: Charge;
  severity?: Severity;
  status?: 'CLOSED';
  closeReason?: string | null;
}

/** The activities workflows may call; workflows import this type only, never the implementations. */
export interface ProcessActivities {
  /** The given catalogue version (pinned when the API accepted the request), or the one in force now. */
  loadCatalogue(version?: number): Promise<CatalogueSnapshot>;
  saveTask(task: TaskState): Promise<void>;
  saveEscalation(escalation: EscalationState): Promise<void>;
  notify(notification: NotificationRequest): Promise<void>;
  setTipStatus(tipId: string, status: TipStatus, caseId?: string | null): Promise<void>;
  /** The tip's case: the one it was attached to (attached: true), or the one it opened, opening it if need be. */
  openCaseFromTip(tipId: string): Promise<{ caseId: string; reference: string; attached?: boolean }>;
  saveCase(caseId: string, patch: CasePatch): Promise<void>;
  attachTipToCase(tipId: string, caseId: string): Promise<void>;
  /** The process's or case's sealed record of reference (src/modules/records). */
  saveRecord(record: ProcessRecordSnapshot): Promise<void>;
}
