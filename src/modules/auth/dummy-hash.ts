import { randomBytes } from 'node:crypto';
import { PasswordHasher } from '../users/password-hasher';

let dummy: Promise<string> | undefined;

/** A hash at today's cost for a password nobody knows: an unknown user costs as much time as a known one. */
export const dummyHash = (): Promise<string> => (dummy ??= PasswordHasher.hash(randomBytes(18).toString('base64')));
