import { environment } from './environment';

/** The API's remote payload codec for the Temporal Web UI and CLI (src/modules/codec/). */
export function codecConfig() {
  const env = environment();
  return {
    /** Browser origins (the Temporal Web UI's) that may call the codec endpoint across origins, with credentials. */
    corsOrigins: env.TEMPORAL_CODEC_CORS_ORIGINS ?? [],
    namespace: env.TEMPORAL_NAMESPACE,
  };
}
