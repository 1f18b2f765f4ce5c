const seconds = (name: string, fallback: number): number => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

/**
 * Token lives and login limits. The access token is short because a stolen one is only cut off by its session's
 * revocation; the refresh token slides with use, up to the session's longest life.
 */
export function sessionConfig() {
  return {
    accessTokenTtlSeconds: seconds('ACCESS_TOKEN_TTL_SECONDS', 15 * 60),
    refreshTokenTtlSeconds: seconds('REFRESH_TOKEN_TTL_SECONDS', 12 * 3600),
    sessionMaxAgeSeconds: seconds('SESSION_MAX_AGE_SECONDS', 7 * 24 * 3600),
    /** Failed logins in a row (no success between) within the window that lock the account, and for how long. */
    lockoutFailures: seconds('LOGIN_LOCKOUT_FAILURES', 5),
    lockoutWindowSeconds: seconds('LOGIN_LOCKOUT_WINDOW_SECONDS', 15 * 60),
    lockoutSeconds: seconds('LOGIN_LOCKOUT_SECONDS', 15 * 60),
    /** Attempts of any outcome per account, and failed attempts per client address, within their windows. */
    accountAttemptsPerWindow: seconds('LOGIN_ACCOUNT_MAX_ATTEMPTS', 10),
    accountWindowSeconds: seconds('LOGIN_ACCOUNT_WINDOW_SECONDS', 60),
    addressFailuresPerWindow: seconds('LOGIN_ADDRESS_MAX_FAILURES', 20),
    addressWindowSeconds: seconds('LOGIN_ADDRESS_WINDOW_SECONDS', 5 * 60),
  };
}
