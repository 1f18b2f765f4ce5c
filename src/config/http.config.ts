export function httpConfig() {
  return {
    port: Number(process.env.PORT ?? 3000),
    /** Swagger UI and the OpenAPI document are for developers: off in production unless API_DOCS=1. */
    apiDocs: process.env.NODE_ENV !== 'production' || process.env.API_DOCS === '1',
  };
}
