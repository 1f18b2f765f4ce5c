import { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { buildOpenApiDocument } from './build-openapi-document';
import { httpConfig } from './config/http.config';
import { AllExceptionsFilter } from './common/all-exceptions.filter';
import { AuditService } from './modules/audit/audit.service';
import { DataSource } from 'typeorm';
import { engineContact } from './common/engine-contact/engine-contact';
import { HostileInputInterceptor } from './common/edge/hostile-input.interceptor';
import { plainContentEncoding } from './common/edge/plain-content-encoding';
import { sameOriginWrites } from './common/edge/same-origin-writes';
import { securityHeaders } from './common/edge/security-headers';
import { IdempotencyInterceptor } from './common/idempotency/idempotency.interceptor';
import { createValidationPipe } from './common/validation.pipe';
import { HttpMetrics } from './modules/metrics/http-metrics';
import { serveWebApp } from './common/web/serve-web-app';
import { codecCors } from './modules/codec/codec-cors';
import { TemporalUiProxy } from './modules/temporal-ui/temporal-ui-proxy';

/** Everything the HTTP process adds on top of the module graph; shared by main.api.ts and the end-to-end tests. */
export function configureApiApp(app: INestApplication): void {
  // Behind a reverse proxy, TRUST_PROXY lets X-Forwarded-For name the client (login limits per address) and mark HTTPS.
  (app as NestExpressApplication).set('trust proxy', httpConfig().trustProxy);
  app.use(app.get(HttpMetrics).middleware());
  // Before the body parser (registered when the app initialises): refusals here never parse a body.
  app.getHttpAdapter().getInstance().disable('x-powered-by');
  app.use(securityHeaders, codecCors, plainContentEncoding, sameOriginWrites);
  // The Temporal Web UI behind the login (/temporal-ui/): before the body parser, so its requests stream through.
  app.use(app.get(TemporalUiProxy).middleware());
  // Each request records whether it has sent a change to the workflow engine (so an error after it answers 504).
  app.use((_req: unknown, _res: unknown, next: () => void) => engineContact.run(next));
  app.useGlobalPipes(createValidationPipe());
  const audit = app.get(AuditService);
  app.useGlobalFilters(
    new AllExceptionsFilter((actorId, attempt) =>
      audit.record({
        actorId,
        action: 'ACCESS_REFUSED',
        subjectType: 'ROUTE',
        subjectId: `${attempt.method} ${attempt.route}`,
        detail: { code: attempt.code },
      }),
    ),
  );
  app.useGlobalInterceptors(new HostileInputInterceptor(), new IdempotencyInterceptor(app.get(DataSource)));
  app.enableShutdownHooks();
  const document = buildOpenApiDocument(app);
  if (httpConfig().apiDocs) SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  serveWebApp(app, document);
}
