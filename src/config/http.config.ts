import { environment } from './environment';

export function httpConfig() {
  const env = environment();
  return {
    port: env.PORT,
    trustProxy: env.TRUST_PROXY,
    cookieSecure: env.COOKIE_SECURE,
    metricsEnabled: env.METRICS_ENABLED,
    /** Swagger UI and the OpenAPI document are for developers: off in production unless API_DOCS=1. */
    apiDocs: process.env.NODE_ENV !== 'production' || process.env.API_DOCS === '1',
  };
}
