/** What a caller may do on one process: each value names one write of /processes/{processId}. */
export enum ProcessAction {
  CANCEL = 'CANCEL',
}
