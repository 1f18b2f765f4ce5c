/** What `audit:verify` reports for the first row where the chain does not hold. */
export interface AuditChainProblem {
  /** REMOVED: a sequence number is missing; REORDERED: a row does not follow the one before it; ALTERED: its content changed. */
  kind: 'REMOVED' | 'REORDERED' | 'ALTERED';
  sequence: number;
  id: string;
  message: string;
}
