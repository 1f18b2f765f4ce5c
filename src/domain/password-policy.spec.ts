import { passwordProblem, passwordRefusal } from './password-policy';

describe('passwordProblem', () => {
  it('accepts 12 characters or more that are not the username', () => {
    expect(passwordProblem('twelve chars', 'bob')).toBeNull();
    expect(passwordProblem('mật khẩu dài đủ', 'bob')).toBeNull();
  });
  it('refuses short passwords, the username and the current password', () => {
    expect(passwordProblem('short', 'bob')).toMatch(/12 characters/);
    expect(passwordProblem('Border-Officer', 'border-officer')).toMatch(/username/);
    expect(passwordProblem('the same password', 'bob', 'the same password')).toMatch(/differ/);
  });
});

describe('passwordRefusal', () => {
  it('says the same in Vietnamese', () => {
    expect(passwordRefusal('short', 'bob')).toEqual({
      vi: 'mật khẩu mới phải có ít nhất 12 ký tự',
      en: 'the new password must have at least 12 characters',
    });
  });
});
