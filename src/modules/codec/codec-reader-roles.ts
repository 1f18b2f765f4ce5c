import { Role } from '../../domain/role';

/**
 * Who may see Temporal payloads in clear through the codec endpoint. A payload holds what the workflows carry: tips
 * with their narratives, outcomes with their findings, the tipster's contact when registering. Of the roles, only the
 * standing office's coordinators read all of that in the app (docs/access.md); auditors read the audit log and nothing
 * else, and an administrator never reads narratives or contacts whatever other role the account holds.
 */
export const CODEC_READER_ROLES: readonly Role[] = [Role.COORDINATOR];
