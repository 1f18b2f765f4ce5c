import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger as PinoLogger } from 'nestjs-pino';
import { exitOnInvalidEnvironment } from './config/exit-on-invalid-environment';
import { installWorkerRuntime } from './temporal/install-worker-runtime';
import { TemporalWorkerService } from './temporal/temporal-worker.service';
import { WorkerModule } from './worker.module';

/**
 * The worker process: the same modules as the API, no HTTP. A worker that stops polling on its own exits non-zero, so
 * the supervisor (compose's restart policy, npm start) sees it instead of keeping an idle process alive.
 */
async function bootstrap(): Promise<void> {
  exitOnInvalidEnvironment('worker');
  installWorkerRuntime();
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(PinoLogger));
  app.enableShutdownHooks();
  const failure = await app.get(TemporalWorkerService).ended;
  if (!failure) return;
  Logger.error(`Worker failed, exiting: ${failure.message}`, 'Bootstrap');
  await app.close().catch(() => undefined);
  process.exit(1);
}

bootstrap().catch((error: Error) => {
  Logger.error(`Worker could not start: ${error.message}`, 'Bootstrap');
  process.exit(1);
});
