/**
 * What the worker writes to PostgreSQL each time a process or case changes: its whole view as the workflow holds it
 * (timeline, tasks with their outcomes, escalations; a case's children), so its pages never need the engine's history
 * once it has closed. `revision` grows with every change (the timeline's length): an older write never overtakes a newer one.
 */
export interface ProcessRecordSnapshot {
  workflowId: string;
  kind: 'PROCESS' | 'CASE';
  /** TIP_VERIFICATION, RESCUE, RECEPTION, PROSECUTION or CASE. */
  processType: string;
  caseId: string | null;
  /** RUNNING, COMPLETED, CANCELLED for a process; OPEN or CLOSED for a case. */
  status: string;
  closedAt: number | null;
  revision: number;
  view: object;
}
