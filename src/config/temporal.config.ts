export function temporalConfig() {
  return {
    address: process.env.TEMPORAL_ADDRESS ?? 'localhost:7233',
    namespace: process.env.TEMPORAL_NAMESPACE ?? 'default',
    taskQueue: process.env.TEMPORAL_TASK_QUEUE ?? 'anti-trafficking',
    /** How long the API waits for the engine (and a worker) before answering 503. */
    callTimeoutMs: Number(process.env.TEMPORAL_CALL_TIMEOUT_MS ?? 15_000),
  };
}
