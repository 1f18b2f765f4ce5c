import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { documentErrorResponses } from './common/document-outage-responses';
import { documentIdempotencyKey } from './common/idempotency/document-idempotency-key';

/** The API's OpenAPI document: served at /docs-json and saved for the web app's generated types (scripts/write-openapi.js). */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Anti-trafficking coordination API')
      .setDescription('Tips, processes, agency task queues, deadlines, extensions and escalations (Plan 184/KH-UBND)')
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  documentIdempotencyKey(document);
  documentErrorResponses(document);
  return document;
}
