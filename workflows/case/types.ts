import type { Charge, Severity } from '../../src/domain/case/severity';
import type { ReceptionRoute } from '../reception/types';
import type { TimelineEvent } from '../human-task/process-view';

export type ChildKind = 'RESCUE' | 'RECEPTION' | 'PROSECUTION';

export interface CaseInput {
  caseId: string;
  caseReference: string;
  charge: Charge | null;
  originTipId: string | null;
  /**
   * The catalogue version its own first processes take (the tip's, pinned when the API accepted it); processes started
   * later through the API carry the version pinned when their request was accepted.
   */
  catalogueVersion?: number | null;
  /** Processes to start at once, e.g. the rescue the standing office decided on an urgent tip. */
  firstProcesses?: StartChildRequest[];
}

/** What a coordinator gives to start a process of the case; each kind reads its own fields. */
export interface StartChildRequest {
  kind: ChildKind;
  victimAbroad?: boolean;
  borderArea?: boolean;
  personLabel?: string;
  child?: boolean;
  route?: ReceptionRoute;
  homeCommuneCode?: string | null;
  openedByBorderGuard?: boolean;
  /** RECEPTION, SELF_REPORT: the commune where the person reported, and the agency they reported to. */
  arrivalCommuneCode?: string | null;
  receivingAgencyCode?: string | null;
  /** RECEPTION, RESCUED: rescued abroad, so the person comes home through the border gate. */
  rescuedAbroad?: boolean;
  /** PROSECUTION: the date of the decision to prosecute (epoch ms); the investigation runs from it (art. 172(1)). */
  decidedAt?: number;
  /** The catalogue version pinned when the request was accepted (or inherited, for processes the case starts itself). */
  catalogueVersion?: number | null;
  /** The caller's Idempotency-Key (with the caller): the same request again answers the process it started, once. */
  requestId?: string;
}

export interface ChildProcess {
  processId: string;
  kind: ChildKind;
  status: 'RUNNING' | 'COMPLETED' | 'CANCELLED' | 'FAILED';
  startedAt: number;
  closedAt: number | null;
  outcome: string | null;
  /** The catalogue version it was started with (null: the one in force when it started, for older processes). */
  catalogueVersion?: number | null;
  /** A reception's person: the pseudonymous label (e.g. `R1-V2`, never a name) and whether a child. */
  personLabel?: string | null;
  child?: boolean | null;
}

export interface CaseView {
  caseId: string;
  caseReference: string;
  status: 'OPEN' | 'CLOSED';
  charge: Charge | null;
  severity: Severity | null;
  tipIds: string[];
  children: ChildProcess[];
  timeline: TimelineEvent[];
}
