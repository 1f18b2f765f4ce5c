import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger as PinoLogger } from 'nestjs-pino';
import { ApiModule } from './api.module';
import { exitOnInvalidEnvironment } from './config/exit-on-invalid-environment';
import { httpConfig } from './config/http.config';
import { configureApiApp } from './configure-api-app';

async function bootstrap(): Promise<void> {
  exitOnInvalidEnvironment('api');
  const app = await NestFactory.create(ApiModule, { bufferLogs: true });
  app.useLogger(app.get(PinoLogger));
  configureApiApp(app);
  const { port } = httpConfig();
  await app.listen(port);
  Logger.log(`Web app and API on http://localhost:${port} (Swagger UI /docs, OpenAPI /docs-json, health /health)`, 'Bootstrap');
}

void bootstrap();
