import type { AuthUser } from '../../common/auth/auth-user';

/** Who asks for the Temporal Web UI, as far as the gate is concerned. */
export type TemporalUiCaller =
  | { kind: 'ANONYMOUS'; reason: string }
  | { kind: 'PASSWORD_CHANGE_REQUIRED'; user: AuthUser }
  | { kind: 'REFUSED'; user: AuthUser }
  | { kind: 'ALLOWED'; user: AuthUser };
