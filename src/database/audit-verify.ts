import { Client } from 'pg';
import { verifyAuditChain } from '../modules/audit/verify-audit-chain';

/**
 * `npm run audit:verify`: walks the audit log's hash chain and names the first altered, removed or reordered row.
 * Exit 0 when the chain holds, 1 when it is broken, 2 when the check could not run.
 */
async function main(): Promise<number> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const started = Date.now();
    const result = await verifyAuditChain(client);
    const took = `${Date.now() - started} ms`;
    if (result.problem) {
      console.error(`audit chain BROKEN (${result.problem.kind}) after ${result.checked} good rows: ${result.problem.message}`);
      return 1;
    }
    console.log(`audit chain intact: ${result.checked} rows verified in ${took}`);
    const { count, oldest } = result.unchained;
    if (count) console.log(`${count} newer rows wait to be chained (the oldest written at ${oldest?.toISOString()}); run again to verify them`);
    return 0;
  } finally {
    await client.end();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`audit:verify could not run: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
