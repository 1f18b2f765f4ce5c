import { environment } from '../../config/environment';

/**
 * Token lives and login limits. The access token is short because a stolen one is only cut off by its session's
 * revocation; the refresh token slides with use, up to the session's longest life.
 */
export function sessionConfig() {
  const env = environment();
  return {
    accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlSeconds: env.REFRESH_TOKEN_TTL_SECONDS,
    sessionMaxAgeSeconds: env.SESSION_MAX_AGE_SECONDS,
    /** Failed logins in a row (no success between) within the window that lock the account, and for how long. */
    lockoutFailures: env.LOGIN_LOCKOUT_FAILURES,
    lockoutWindowSeconds: env.LOGIN_LOCKOUT_WINDOW_SECONDS,
    lockoutSeconds: env.LOGIN_LOCKOUT_SECONDS,
    /** Attempts of any outcome per account, and failed attempts per client address, within their windows. */
    accountAttemptsPerWindow: env.LOGIN_ACCOUNT_MAX_ATTEMPTS,
    accountWindowSeconds: env.LOGIN_ACCOUNT_WINDOW_SECONDS,
    addressFailuresPerWindow: env.LOGIN_ADDRESS_MAX_FAILURES,
    addressWindowSeconds: env.LOGIN_ADDRESS_WINDOW_SECONDS,
  };
}
