import type { Severity } from '../../src/domain/case/severity';
import type { Verdict } from '../../src/domain/prosecution/prosecution-decisions';

export interface ProsecutionInput {
  caseId: string;
  caseReference: string;
  severity: Severity;
  /** The border guard opened the case and must hand it to the investigation agency (BLTTHS art. 164(1)(b)). */
  openedByBorderGuard: boolean;
  /**
   * The date of the decision to prosecute (epoch ms), given when the API accepted the request (default: then): the
   * investigation and the border guard's transfer run from it (art. 172(1)). Absent in older processes: their start.
   */
  decidedAt?: number;
  /** The catalogue version pinned when the request was accepted (absent in older processes: the current one). */
  catalogueVersion?: number | null;
}

export interface ProsecutionResult {
  /**
   * SUSPENDED: the investigation or the trial was suspended (tạm đình chỉ); once its cause is gone the case starts a
   * new prosecution process.
   */
  outcome: 'VERDICT' | 'NOT_PROSECUTED' | 'SUSPENDED' | 'CANCELLED';
  /** Set with VERDICT. */
  verdict?: Verdict;
}
