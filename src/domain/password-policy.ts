export const MIN_PASSWORD_LENGTH = 12;

/** Why a new password is refused, or null when it is acceptable. Length counts characters, not bytes. */
export function passwordProblem(password: string, username: string, current?: string): string | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return `the new password must have at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.trim().toLowerCase() === username.trim().toLowerCase()) return 'the new password must not be the username';
  if (current !== undefined && password === current) return 'the new password must differ from the current one';
  return null;
}
