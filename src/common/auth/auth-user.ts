import type { Actor } from '../../domain/actor';

/** The authenticated caller: their account as it is now, and the session the request belongs to. */
export interface AuthUser extends Actor {
  username: string;
  sessionId?: string;
}
