import { createRequire } from 'node:module';
import { chmodSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from '../support/free-port';
import { OwnPostgresServer } from '../support/own-postgres-server';

/**
 * A checkout in a folder only its owner may enter (root's home, `mktemp -d`): run as root, PostgreSQL runs as the
 * `postgres` user, which cannot reach data there. The server must still start (its data kept where it can work).
 */
describe('PostgreSQL from a private folder', () => {
  const privateDir = mkdtempSync(join(tmpdir(), 'private-checkout-'));
  let server: OwnPostgresServer | undefined;

  afterAll(async () => {
    await server?.stop();
    // The data went where the postgres user can reach it: remove that copy as well.
    const { placePostgres } = createRequire(__filename)('../../scripts/postgres-reachable.js') as {
      placePostgres: (dataDir: string, checkoutRoot: string) => { dataDir: string };
    };
    rmSync(placePostgres(join(privateDir, '.data', 'pg'), join(__dirname, '../..')).dataDir, { recursive: true, force: true });
    rmSync(privateDir, { recursive: true, force: true });
  });

  it('starts with its data directory inside a 0700 folder and answers queries', async () => {
    chmodSync(privateDir, 0o700);
    expect(statSync(privateDir).mode & 0o777).toBe(0o700);
    server = new OwnPostgresServer(join(privateDir, '.data', 'pg'), await freePort());
    await server.start();
    const client = new Client({ connectionString: server.adminUrl });
    await client.connect();
    try {
      const [row] = (await client.query(`SELECT 40 + 2 AS answer`)).rows;
      expect(row.answer).toBe(42);
    } finally {
      await client.end();
    }
  }, 120_000);
});
