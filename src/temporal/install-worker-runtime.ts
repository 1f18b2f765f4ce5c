import { DefaultLogger, LogLevel, Runtime } from '@temporalio/worker';
import pino from 'pino';
import { pinoOptions } from '../common/logging/pino-options';
import { environment } from '../config/environment';

const SDK_LEVEL: Record<string, LogLevel> = { fatal: 'ERROR', error: 'ERROR', warn: 'WARN', info: 'INFO', debug: 'DEBUG', trace: 'TRACE' };

/**
 * Before the worker connects: the Temporal SDK logs through the same JSON lines as the rest of the worker, and, with
 * WORKER_METRICS_ADDRESS, serves its runtime metrics (task slots, poll and schedule-to-start latency) to Prometheus.
 */
export function installWorkerRuntime(): void {
  const options = pinoOptions('worker', { source: 'temporal-sdk' });
  const log = pino(options);
  const address = environment().WORKER_METRICS_ADDRESS;
  Runtime.install({
    logger: new DefaultLogger(SDK_LEVEL[String(options.level)] ?? 'INFO', ({ level, message, meta }) => {
      const method = level === 'TRACE' ? 'trace' : level === 'DEBUG' ? 'debug' : level === 'INFO' ? 'info' : level === 'WARN' ? 'warn' : 'error';
      log[method]({ ...meta }, message);
    }),
    ...(address ? { telemetryOptions: { metrics: { prometheus: { bindAddress: address } } } } : {}),
  });
}
