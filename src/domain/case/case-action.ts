/** What a caller may do on one case: each value names one write of /cases/{reference}. */
export enum CaseAction {
  START_PROCESS = 'START_PROCESS',
  CANCEL_PROCESS = 'CANCEL_PROCESS',
  CLOSE = 'CLOSE',
  CHANGE_CHARGE = 'CHANGE_CHARGE',
  ATTACH_TIP = 'ATTACH_TIP',
}
