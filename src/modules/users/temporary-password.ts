import { randomBytes } from 'node:crypto';

/** 18 random bytes as 24 URL-safe characters: above the 12-character policy, easy to copy, never stored in clear. */
export const temporaryPassword = (): string => randomBytes(18).toString('base64url');
