import { environment } from '../../config/environment';
import { securityConfig } from '../../config/security.config';
import { EnvelopeSealer } from './envelope-sealer';
import { FileKeyProvider } from './file-key-provider';

let sealer: EnvelopeSealer | undefined;

/**
 * The sealer of PostgreSQL columns, one per process: column transformers run outside Nest's injection, so they reach
 * it here. Keys: DATA_KEYS_FILE (see `key-file.ts`) and the KEK derived from DATA_ENCRYPTION_KEY.
 */
export function columnSealer(): EnvelopeSealer {
  sealer ??= new EnvelopeSealer(new FileKeyProvider(securityConfig().dataKey, environment().DATA_KEYS_FILE));
  return sealer;
}
