// Writes the API's OpenAPI document to web/openapi.json without a database, Temporal or a listening port: Nest's
// preview mode builds the module graph without instantiating providers, which is all Swagger needs. Runs on the
// compiled API (dist/), so `npm run build` calls it after tsc.
require('reflect-metadata');
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { NestFactory } = require('@nestjs/core');
const { buildOpenApiDocument } = require('../dist/src/build-openapi-document');
const { ApiModule } = require('../dist/src/api.module');

async function main() {
  const app = await NestFactory.create(ApiModule, { preview: true, logger: ['error'] });
  const document = buildOpenApiDocument(app);
  writeFileSync(join(__dirname, '..', 'web', 'openapi.json'), JSON.stringify(document, null, 2) + '\n');
  await app.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
