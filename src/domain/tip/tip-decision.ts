/** BLTTHS art. 147: the investigation agency decides to prosecute (confirmed), not to prosecute (unfounded), or suspends. */
export enum TipDecision {
  CONFIRMED = 'CONFIRMED',
  UNFOUNDED = 'UNFOUNDED',
  SUSPENDED = 'SUSPENDED',
}
