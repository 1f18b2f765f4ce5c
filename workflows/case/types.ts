import type { Charge, Severity } from '../../src/domain/case/severity';
import type { ReceptionRoute } from '../reception/types';
import type { TimelineEvent } from '../human-task/process-view';

export type ChildKind = 'RESCUE' | 'RECEPTION' | 'PROSECUTION';

export interface CaseInput {
  caseId: string;
  caseReference: string;
  charge: Charge | null;
  originTipId: string | null;
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
}

export interface ChildProcess {
  processId: string;
  kind: ChildKind;
  status: 'RUNNING' | 'COMPLETED' | 'CANCELLED' | 'FAILED';
  startedAt: number;
  closedAt: number | null;
  outcome: string | null;
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
