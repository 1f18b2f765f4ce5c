import { Role } from './role';

/** Who asks for a change: taken from the caller's token by the API, never from the request body. */
export interface Actor {
  userId: string;
  agencyCode: string;
  roles: Role[];
}
