export const MIN_PASSWORD_LENGTH = 12;

/** Why a new password is refused, in both languages, or null when it is acceptable. Length counts characters, not bytes. */
export function passwordRefusal(password: string, username: string, current?: string): { vi: string; en: string } | null {
  if ([...password].length < MIN_PASSWORD_LENGTH)
    return {
      vi: `mật khẩu mới phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự`,
      en: `the new password must have at least ${MIN_PASSWORD_LENGTH} characters`,
    };
  if (password.trim().toLowerCase() === username.trim().toLowerCase())
    return { vi: 'mật khẩu mới không được trùng tên đăng nhập', en: 'the new password must not be the username' };
  if (current !== undefined && password === current)
    return { vi: 'mật khẩu mới phải khác mật khẩu hiện tại', en: 'the new password must differ from the current one' };
  return null;
}

/** Why a new password is refused (in English), or null when it is acceptable. */
export function passwordProblem(password: string, username: string, current?: string): string | null {
  return passwordRefusal(password, username, current)?.en ?? null;
}
