import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { ProjectionRepair } from './modules/incidents/projection-repair';

/**
 * `npm run repair-projections`: rebuilds every task or escalation row whose write PostgreSQL refused (see
 * GET /incidents) from the workflow's own state, and resolves those incidents. Needs the database and Temporal.
 */
async function main(): Promise<void> {
  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'] });
  try {
    const { repaired, left } = await app.get(ProjectionRepair).repairAll();
    console.log(`Repaired ${repaired.length} incident(s)${repaired.length ? `: ${repaired.join(', ')}` : ''}`);
    for (const l of left) console.log(`Left open ${l.id}: ${l.why}`);
    process.exitCode = left.length ? 2 : 0;
  } finally {
    await app.close();
  }
}

main().catch((error) => {
  console.error(`Repair failed: ${error instanceof Error ? error.name : 'error'}`);
  process.exit(1);
});
