import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AllExceptionsFilter } from './common/all-exceptions.filter';
import { documentErrorResponses } from './common/document-outage-responses';
import { DataSource } from 'typeorm';
import { HostileInputInterceptor } from './common/edge/hostile-input.interceptor';
import { IdempotencyInterceptor } from './common/idempotency/idempotency.interceptor';
import { documentIdempotencyKey } from './common/idempotency/document-idempotency-key';
import { createValidationPipe } from './common/validation.pipe';

/** Everything the HTTP process adds on top of the module graph; shared by main.api.ts and the end-to-end tests. */
export function configureApiApp(app: INestApplication): void {
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());
  app.useGlobalInterceptors(new HostileInputInterceptor(), new IdempotencyInterceptor(app.get(DataSource)));
  app.enableShutdownHooks();
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
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}
