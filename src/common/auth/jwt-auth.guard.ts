import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';
import { ErrorCode } from '../../domain/error-code';
import { Role } from '../../domain/role';
import { AppException } from '../app-exception';
import type { AccessTokenClaims } from './access-token-claims';
import { AuthUser } from './auth-user';
import { BEFORE_PASSWORD_CHANGE_METADATA, ROLES_METADATA } from './roles.metadata';
import { ACCESS_COOKIE, readCookie } from './session-cookie';
import { SessionStore } from './session-store';

/**
 * A valid token is not enough: its session must still be live and its account active, and the roles checked are the
 * account's current ones, so a logout, a deactivation or a role change applies to the very next request.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly jwt: JwtService,
    private readonly reflector: Reflector,
    private readonly sessions: SessionStore,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const token = bearerToken(request) ?? readCookie(request, ACCESS_COOKIE);
    if (!token) throw new AppException(ErrorCode.UNAUTHENTICATED, 'Missing bearer token (POST /auth/login)');
    let claims: AccessTokenClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(token);
    } catch {
      throw new AppException(ErrorCode.UNAUTHENTICATED, 'Invalid or expired token (POST /auth/refresh or /auth/login)');
    }
    const holder = typeof claims.sid === 'string' && /^[0-9a-f-]{36}$/i.test(claims.sid) ? await this.sessions.holderOf(claims.sid) : null;
    if (!holder) throw new AppException(ErrorCode.UNAUTHENTICATED, 'This session has ended (logged out, expired or revoked); log in again');
    request.user = {
      userId: holder.userId,
      username: holder.username,
      agencyCode: holder.agencyCode,
      roles: holder.roles,
      sessionId: holder.sessionId,
    };

    const beforePasswordChange = this.reflector.get<boolean>(BEFORE_PASSWORD_CHANGE_METADATA, context.getHandler()) === true;
    if (holder.mustChangePassword && !beforePasswordChange)
      throw new AppException(
        ErrorCode.PASSWORD_CHANGE_REQUIRED,
        'Your password was set by an administrator: change it first (POST /auth/change-password)',
      );
    const roles = this.reflector.get<Role[]>(ROLES_METADATA, context.getHandler()) ?? [];
    if (roles.length > 0 && !roles.some((r) => holder.roles.includes(r)))
      throw new AppException(ErrorCode.FORBIDDEN, `This action needs one of the roles: ${roles.join(', ')}`);
    return true;
  }
}

/** The Bearer header wins over the browser's session cookie when both are sent. */
function bearerToken(request: Request): string | undefined {
  const [scheme, token] = (request.headers.authorization ?? '').split(' ');
  return scheme === 'Bearer' && token ? token : undefined;
}
