/** What a caller may do on one escalation: each value names one write of /escalations/{id}. */
export enum EscalationAction {
  ACKNOWLEDGE = 'ACKNOWLEDGE',
}
