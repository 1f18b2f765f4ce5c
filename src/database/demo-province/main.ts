import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { seedDemoProvince } from './seed-demo-province';

/**
 * `npm run seed:demo` (run by `npm start` once the API and the worker are up): seeds the demo province through the
 * API with the demo accounts' passwords from DEMO_CREDENTIALS_FILE, and writes where each scenario is to
 * demo-province.json beside it. Never in production.
 */
async function main(): Promise<void> {
  if (process.env.NODE_ENV === 'production') throw new Error('the demo province is for development only (NODE_ENV=production)');
  const credentialsFile = process.env.DEMO_CREDENTIALS_FILE ?? join(process.cwd(), '.data', 'demo-credentials.json');
  if (!existsSync(credentialsFile)) throw new Error(`${credentialsFile} is missing: run the migration step first (npm start does)`);
  const credentials = JSON.parse(readFileSync(credentialsFile, 'utf8')) as Record<string, string>;
  const baseUrl = process.env.DEMO_API_URL ?? `http://127.0.0.1:${Number(process.env.PORT) || 3000}`;

  const started = Date.now();
  const report = await seedDemoProvince(baseUrl, credentials);
  const reportFile = join(dirname(credentialsFile), 'demo-province.json');
  writeFileSync(reportFile, JSON.stringify(report.scenarios, null, 2));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    report.changes
      ? `Demo province seeded in ${seconds} s (${report.changes} changes through the API):`
      : `Demo province already seeded, nothing added (checked in ${seconds} s):`,
  );
  for (const s of report.scenarios) console.log(`  ${s.description.padEnd(50)} ${s.tipReference}${s.caseReference ? `  ${s.caseReference}` : ''}`);
  console.log(`  (details in ${relative(process.cwd(), reportFile)})`);
}

main().catch((error) => {
  console.error(`Demo province not seeded: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
