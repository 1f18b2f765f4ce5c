import { Confidence, DeadlineNature, EscalationTarget } from './deadline-catalogue';
import { Duration } from './duration';
import { TaskStatus } from './task-status';

/** WITHDRAWN: closed without a decision (its task ended, or a changed charge left it without a lawful basis). */
export type ExtensionStatus = 'PENDING' | 'APPROVED' | 'REJECTED' | 'WITHDRAWN';

export interface ExtensionState {
  extensionId: string;
  requestedBy: string;
  requestedAt: number;
  reason: string;
  additional: Duration;
  previousDueAt: number;
  requestedDueAt: number;
  status: ExtensionStatus;
  /** Index of the catalogue tier the request falls under (version 3 on): per-tier counts and the approver follow it. */
  tierIndex?: number;
  /** Who must decide, fixed when it was asked (absent on older requests: the task's agency head). */
  approverAgencyCode?: string;
  approverRoles?: string[];
  decidedBy?: string;
  decidedAt?: number;
  decisionNote?: string;
}

export interface EscalationState {
  escalationId: string;
  taskId: string;
  processId: string;
  level: number;
  target: EscalationTarget;
  /** The task's agency at the time it fired: the agency head of this agency is the one to act. */
  agencyCode: string;
  firedAt: number;
  dueAt: number;
  acknowledgedBy?: string;
  acknowledgedAt?: number;
  note?: string;
}

/** A step of a process assigned to an agency; the workflow holds it, the tasks table mirrors it. */
export interface TaskState {
  taskId: string;
  processId: string;
  processType: string;
  caseId: string | null;
  stepType: string;
  agencyCode: string;
  assigneeId: string | null;
  status: TaskStatus;
  createdAt: number;
  /** When the legal period started (a tip's receipt, a decision to prosecute); may precede createdAt. */
  startsAt: number;
  dueAt: number;
  deadlineKey: string;
  legalBasis: string;
  deadlineNature: DeadlineNature;
  /** How sure the catalogue is of the period's legal text (absent on tasks created before it was recorded). */
  confidence?: Confidence;
  /** The agency the process named when it created the task: 'TASK_AGENCY' approvers come from it, whoever holds the task. */
  namedAgencyCode?: string;
  /** The period reaches a year whose holidays are not published: its deadline may ignore a day off. */
  calendarIncomplete?: boolean;
  reminderSent: boolean;
  escalationLevel: number;
  extensions: ExtensionState[];
  outcome: Record<string, unknown> | null;
  completedBy: string | null;
  completedAt: number | null;
  /** For steps done with a counterpart outside the system (Mondulkiri, the embassy): our officer records its reply. */
  externalPartyCode: string | null;
  /** While set, the clock is stopped (e.g. waiting for mutual legal assistance); resuming moves the deadline. */
  suspendedAt: number | null;
  /** Total time the clock was stopped; it moves the deadline. */
  pausedMs: number;
  /**
   * Since when the task stands in an internal pause (tạm dừng nội bộ, e.g. waiting for an officer): recorded for
   * reporting; it stops the clock (suspendedAt) only for a POLICY period, never a LAW one (docs/suspension.md).
   */
  internalPauseSince?: number | null;
  /** Total time spent in internal pauses, whether or not it moved the due date. */
  internalPausedMs?: number;
  cancelReason: string | null;
  /** Bumped on every change, so the database projection never lets an older write overtake a newer one. */
  revision: number;
  /** A reception's person (pseudonymous label, never a name), so lists can say whom a task is about. */
  person?: TaskPerson;
}

export interface TaskPerson {
  label: string;
  child: boolean;
}
