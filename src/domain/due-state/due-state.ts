/** Where an open task stands against its deadline; one of these, never two. */
export const DUE_STATES = ['ON_TIME', 'AT_RISK', 'OVERDUE', 'PAUSED'] as const;

export type DueState = (typeof DUE_STATES)[number];
