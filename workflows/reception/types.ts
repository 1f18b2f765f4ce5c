/** How the person came back: through the mission and the border gate, by reporting themselves, or rescued by us. */
export type ReceptionRoute = 'BORDER_HANDOVER' | 'SELF_REPORT' | 'RESCUED';

export interface ReceptionInput {
  caseId: string;
  caseReference: string;
  /** Pseudonymous label (e.g. "V1"), never a name. */
  personLabel: string;
  child: boolean;
  route: ReceptionRoute;
  homeCommuneCode: string | null;
}

export interface ReceptionResult {
  outcome: 'TRANSFERRED_HOME' | 'REFERRED_TO_FACILITY' | 'NOT_A_VICTIM' | 'CANCELLED';
}
