/** How the person came back: through the mission and the border gate, by reporting themselves, or rescued by us. */
export type ReceptionRoute = 'BORDER_HANDOVER' | 'SELF_REPORT' | 'RESCUED';
