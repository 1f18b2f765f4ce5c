/** The case workflow's ID is its business key. */
export const caseWorkflowId = (caseReference: string) => `case-${caseReference}`;
