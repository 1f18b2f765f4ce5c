import type { Role } from '../role';

/** The part of the caller that decides what they may read: their agency and roles, from the token. */
export interface Viewer {
  agencyCode: string;
  roles: readonly Role[];
}
