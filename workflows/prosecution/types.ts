import type { Severity } from '../../src/domain/case/severity';

export interface ProsecutionInput {
  caseId: string;
  caseReference: string;
  severity: Severity;
  /** The border guard opened the case and must hand it to the investigation agency (BLTTHS art. 164(1)(b)). */
  openedByBorderGuard: boolean;
}

export interface ProsecutionResult {
  outcome: 'VERDICT' | 'NOT_PROSECUTED' | 'CANCELLED';
}
