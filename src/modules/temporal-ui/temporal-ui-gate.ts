import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';
import type { AccessTokenClaims } from '../../common/auth/access-token-claims';
import { ACCESS_COOKIE, readCookie } from '../../common/auth/session-cookie';
import { SessionStore } from '../../common/auth/session-store';
import type { TemporalUiCaller } from './temporal-ui-caller';
import { TEMPORAL_UI_ROLES } from './temporal-ui-roles';

/**
 * The API's login in front of the UI, with the same rules as every route (JwtAuthGuard): a token whose session is
 * still live and whose account is active, roles read from the account as it is now; then the UI's roles.
 */
@Injectable()
export class TemporalUiGate {
  constructor(
    private readonly jwt: JwtService,
    private readonly sessions: SessionStore,
  ) {}

  async callerOf(request: Request): Promise<TemporalUiCaller> {
    const [scheme, bearer] = (request.headers.authorization ?? '').split(' ');
    const token = (scheme === 'Bearer' && bearer) || readCookie(request, ACCESS_COOKIE);
    if (!token) return { kind: 'ANONYMOUS', reason: 'Sign in first: the Temporal Web UI is behind the API login' };
    let claims: AccessTokenClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(token);
    } catch {
      return { kind: 'ANONYMOUS', reason: 'The session token is invalid or expired: sign in again' };
    }
    const holder = typeof claims.sid === 'string' && /^[0-9a-f-]{36}$/i.test(claims.sid) ? await this.sessions.holderOf(claims.sid) : null;
    if (!holder) return { kind: 'ANONYMOUS', reason: 'This session has ended (logged out, expired or revoked): sign in again' };
    const user = {
      userId: holder.userId,
      username: holder.username,
      agencyCode: holder.agencyCode,
      roles: holder.roles,
      sessionId: holder.sessionId,
    };
    if (holder.mustChangePassword) return { kind: 'PASSWORD_CHANGE_REQUIRED', user };
    return holder.roles.some((role) => TEMPORAL_UI_ROLES.includes(role)) ? { kind: 'ALLOWED', user } : { kind: 'REFUSED', user };
  }
}
