import type { TLSConfig } from '@temporalio/client';
import { readFileSync } from 'node:fs';
import { environment } from './environment';

export function temporalConfig() {
  const env = environment();
  return {
    address: env.TEMPORAL_ADDRESS,
    namespace: env.TEMPORAL_NAMESPACE,
    taskQueue: env.TEMPORAL_TASK_QUEUE,
    /** How long the API waits for the engine (and a worker) before answering 503. */
    callTimeoutMs: env.TEMPORAL_CALL_TIMEOUT_MS,
  };
}

/**
 * What the client and the worker connect with: TLS (server CA, client certificate for mutual TLS, server name) and an
 * API key, both optional. An API key implies TLS unless TEMPORAL_TLS=false says otherwise.
 */
export function temporalConnectionOptions(): { address: string; tls?: TLSConfig | boolean; apiKey?: string } {
  const env = environment();
  const wantsTls = env.TEMPORAL_TLS ?? Boolean(env.TEMPORAL_API_KEY || env.TEMPORAL_TLS_CA_PATH || env.TEMPORAL_TLS_CERT_PATH);
  const tls: TLSConfig | undefined = wantsTls
    ? {
        serverNameOverride: env.TEMPORAL_TLS_SERVER_NAME,
        serverRootCACertificate: env.TEMPORAL_TLS_CA_PATH ? readFileSync(env.TEMPORAL_TLS_CA_PATH) : undefined,
        clientCertPair:
          env.TEMPORAL_TLS_CERT_PATH && env.TEMPORAL_TLS_KEY_PATH
            ? { crt: readFileSync(env.TEMPORAL_TLS_CERT_PATH), key: readFileSync(env.TEMPORAL_TLS_KEY_PATH) }
            : undefined,
      }
    : undefined;
  return { address: env.TEMPORAL_ADDRESS, ...(tls ? { tls } : {}), ...(env.TEMPORAL_API_KEY ? { apiKey: env.TEMPORAL_API_KEY } : {}) };
}
