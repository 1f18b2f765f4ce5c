import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { AppException } from '../../common/app-exception';
import type { AccessTokenClaims } from '../../common/auth/access-token-claims';
import type { AuthUser } from '../../common/auth/auth-user';
import { sessionConfig } from '../../common/auth/session-config';
import { SessionStore } from '../../common/auth/session-store';
import { ErrorCode } from '../../domain/error-code';
import { passwordRefusal } from '../../domain/password-policy';
import { AuditService } from '../audit/audit.service';
import { PasswordHasher } from '../users/password-hasher';
import { UserEntity } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { dummyHash } from './dummy-hash';
import { TokenDto } from './dto/token.dto';
import type { LoginRefusal } from './login-refusal';
import { LoginThrottle } from './login-throttle';
import { RetryLaterException } from './retry-later.exception';
import { toLocalIso } from '../../common/to-local-iso';

const WRONG_CREDENTIALS = 'Wrong username or password';

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly users: UsersService,
    private readonly jwt: JwtService,
    private readonly sessions: SessionStore,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditService,
  ) {}

  async login(username: string, password: string, address: string): Promise<TokenDto> {
    const attempt = await this.throttle.begin(username, null, address);
    const refusal = await this.throttle.refusal(username, address, attempt);
    if (refusal) {
      await this.throttle.settle(attempt, refusal.code === 'ACCOUNT_LOCKED' ? 'LOCKED' : 'RATE_LIMITED');
      await this.auditLogin('LOGIN_REFUSED', null, address, { reason: refusal.code });
      throw refused(refusal);
    }
    const user = await this.users.findByUsername(username);
    // Always one scrypt run at today's cost, and the same answer for unknown, inactive and wrong: no hint about accounts.
    const hash = user?.active ? user.passwordHash : await dummyHash();
    const matches = await PasswordHasher.verify(password, hash);
    if (!user?.active || !matches) {
      await this.throttle.settle(attempt, 'FAILED', user?.id);
      await this.auditLogin('LOGIN_FAILED', user?.id ?? null, address, user ? { inactive: !user.active || undefined } : { unknownAccount: true });
      throw new AppException(ErrorCode.UNAUTHENTICATED, WRONG_CREDENTIALS);
    }
    if (PasswordHasher.needsRehash(user.passwordHash)) await this.users.replacePasswordHash(user.id, await PasswordHasher.hash(password));
    await this.throttle.settle(attempt, 'SUCCEEDED', user.id);
    const session = await this.sessions.open(user.id, address);
    await this.auditLogin('LOGIN_SUCCEEDED', user.id, address, { sessionId: session.sessionId });
    return this.tokens(user, session.sessionId, session.refreshToken);
  }

  /**
   * Sign-ins in the audit log. The typed username is not kept when it names no account: people type passwords there
   * by mistake. The subject is the account when there is one.
   */
  private async auditLogin(action: string, userId: string | null, address: string, detail: Record<string, unknown>): Promise<void> {
    await this.audit.record({ actorId: userId, action, subjectType: 'USER', subjectId: userId ?? 'unknown', detail: { address, ...detail } });
  }

  async refresh(refreshToken: string): Promise<TokenDto> {
    const result = await this.sessions.rotate(refreshToken);
    if (result.kind === 'REUSED') {
      this.logger.warn('A spent refresh token was presented again: its session is revoked');
      throw new AppException(ErrorCode.UNAUTHENTICATED, 'This refresh token was already used; the session is ended for safety. Log in again');
    }
    if (result.kind === 'INVALID') throw new AppException(ErrorCode.UNAUTHENTICATED, 'Unknown or expired refresh token; log in again');
    const holder = await this.sessions.holderOf(result.sessionId);
    const user = holder ? await this.users.findById(holder.userId) : null;
    if (!user) throw new AppException(ErrorCode.UNAUTHENTICATED, 'This session has ended; log in again');
    return this.tokens(user, result.sessionId, result.refreshToken);
  }

  async logout(caller: AuthUser): Promise<void> {
    if (caller.sessionId) await this.sessions.revoke(caller.sessionId, 'LOGGED_OUT');
  }

  /** Checks the current password (a wrong one counts as a failed login), applies the policy, ends the other sessions. */
  async changePassword(caller: AuthUser, currentPassword: string, newPassword: string, address: string): Promise<void> {
    const user = await this.users.findById(caller.userId);
    if (!user) throw new AppException(ErrorCode.UNAUTHENTICATED, 'This account no longer exists');
    const attempt = await this.throttle.begin(user.username, user.id, address);
    const refusal = await this.throttle.refusal(user.username, address, attempt);
    if (refusal) {
      await this.throttle.settle(attempt, refusal.code === 'ACCOUNT_LOCKED' ? 'LOCKED' : 'RATE_LIMITED');
      throw refused(refusal);
    }
    // A wrong current password stays recorded as a failed login: a stolen token cannot be used to guess the password.
    if (!(await PasswordHasher.verify(currentPassword, user.passwordHash))) {
      await this.throttle.settle(attempt, 'FAILED');
      throw new AppException(ErrorCode.VALIDATION_FAILED, 'currentPassword: wrong password', {
        details: [
          {
            field: 'currentPassword',
            code: 'wrongPassword',
            message: { vi: 'Mật khẩu hiện tại: không đúng', en: 'currentPassword: wrong password' },
          },
        ],
      });
    }
    await this.throttle.settle(attempt, 'SUCCEEDED');
    const problem = passwordRefusal(newPassword, user.username, currentPassword);
    if (problem)
      throw new AppException(ErrorCode.VALIDATION_FAILED, `newPassword: ${problem.en}`, {
        details: [{ field: 'newPassword', code: 'passwordPolicy', message: { vi: `Mật khẩu mới: ${problem.vi}`, en: `newPassword: ${problem.en}` } }],
      });
    await this.users.setOwnPassword(user.id, await PasswordHasher.hash(newPassword));
    const ended = await this.sessions.revokeAllOf(user.id, 'PASSWORD_CHANGED', caller.sessionId);
    await this.audit.record({
      actorId: user.id,
      action: 'PASSWORD_CHANGED',
      subjectType: 'USER',
      subjectId: user.id,
      detail: { otherSessionsEnded: ended },
    });
  }

  private async tokens(user: UserEntity, sessionId: string, refreshToken: string): Promise<TokenDto> {
    const claims: AccessTokenClaims = { sid: sessionId, sub: user.id, username: user.username, jti: randomUUID() };
    const expiresIn = sessionConfig().accessTokenTtlSeconds;
    return {
      accessToken: await this.jwt.signAsync(claims, { expiresIn }),
      expiresIn,
      refreshToken,
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      agencyCode: user.agencyCode,
      roles: user.roles,
      mustChangePassword: user.mustChangePassword,
    };
  }
}

function refused(refusal: LoginRefusal): RetryLaterException {
  const seconds = Math.max(1, Math.ceil((refusal.retryAt.getTime() - Date.now()) / 1000));
  const at = refusal.retryAt.toISOString();
  // The person at the desk needs the time in their own clock: UTC+7, as they read it.
  const local = toLocalIso(refusal.retryAt.getTime())!.slice(11, 16);
  const minutes = Math.ceil(seconds / 60);
  return refusal.code === 'ACCOUNT_LOCKED'
    ? new RetryLaterException(
        ErrorCode.ACCOUNT_LOCKED,
        {
          en: `Too many failed logins for this account: it is locked until ${at} (in ${minutes} min). Try again then, or ask an administrator to reset the password`,
          vi: `Đăng nhập sai quá nhiều lần: tài khoản bị khóa đến ${local} (sau ${minutes} phút nữa). Hãy thử lại sau thời điểm đó, hoặc đề nghị quản trị viên đặt lại mật khẩu`,
        },
        seconds,
      )
    : new RetryLaterException(
        ErrorCode.RATE_LIMITED,
        {
          en: `Too many login attempts; try again in ${seconds} s (at ${at})`,
          vi: `Quá nhiều lần đăng nhập; hãy thử lại sau ${seconds} giây (lúc ${local})`,
        },
        seconds,
      );
}
