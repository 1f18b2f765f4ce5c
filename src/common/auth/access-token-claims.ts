/** What the access token carries: whose session it is. Roles and agency are read from the account on every request. */
export interface AccessTokenClaims {
  sid: string;
  sub: string;
  username: string;
  /** Unique per token, so two tokens issued in the same second still differ. */
  jti: string;
}
