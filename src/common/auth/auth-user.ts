import type { Actor } from '../../domain/actor';

/** The authenticated caller, as carried in the token. */
export interface AuthUser extends Actor {
  username: string;
}
