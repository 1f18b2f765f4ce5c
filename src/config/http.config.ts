import { environment } from './environment';

export function httpConfig() {
  const env = environment();
  return {
    port: env.PORT,
    trustProxy: env.TRUST_PROXY,
    cookieSecure: env.COOKIE_SECURE,
    metricsEnabled: env.METRICS_ENABLED,
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    /** Swagger UI and the OpenAPI document are for developers: off in production unless API_DOCS=1. */
    apiDocs: env.NODE_ENV !== 'production' || env.API_DOCS === true,
  };
}
