/** The workflow ID is the business key, so a tip can never have two verification processes. */
export const tipWorkflowId = (reference: string) => `tip-verification-${reference}`;
