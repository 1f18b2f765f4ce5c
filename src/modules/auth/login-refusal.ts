/** Why a login is refused before the password is even checked, and when to try again. */
export interface LoginRefusal {
  code: 'RATE_LIMITED' | 'ACCOUNT_LOCKED';
  retryAt: Date;
}
