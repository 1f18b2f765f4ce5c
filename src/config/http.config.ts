import { environment } from './environment';

export function httpConfig() {
  const env = environment();
  return { port: env.PORT, trustProxy: env.TRUST_PROXY, cookieSecure: env.COOKIE_SECURE, metricsEnabled: env.METRICS_ENABLED };
}
