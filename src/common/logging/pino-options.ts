import type { LoggerOptions } from 'pino';
import { environment } from '../../config/environment';

/** The shape of every log line of both processes: JSON, ISO time, `level` as a word, `service`, `message`. */
export function pinoOptions(service: 'api' | 'worker', extra: Record<string, string> = {}): LoggerOptions {
  const env = environment();
  return {
    level: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'error' : 'info'),
    base: { service, ...extra },
    timestamp: () => `,"time":"${new Date().toISOString()}"`,
    messageKey: 'message',
    formatters: { level: (label: string) => ({ level: label }) },
  };
}
