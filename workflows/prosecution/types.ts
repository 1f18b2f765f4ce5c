import type { Severity } from '../../src/domain/case/severity';
import type { Verdict } from '../../src/domain/prosecution/prosecution-decisions';

export interface ProsecutionInput {
  caseId: string;
  caseReference: string;
  severity: Severity;
  /** The border guard opened the case and must hand it to the investigation agency (BLTTHS art. 164(1)(b)). */
  openedByBorderGuard: boolean;
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
