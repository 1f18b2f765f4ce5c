import { Role } from '../../domain/role';

/** Roles that bar decoding even alongside a reader role: an administrator never reads narratives or contacts. */
export const CODEC_BARRED_ROLES: readonly Role[] = [Role.ADMIN];
