import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ENTITIES } from '../../src/database/entities';
import { MIGRATIONS } from '../../src/database/migrations';
import { PurgeService } from '../../src/modules/retention/purge.service';

/** The purge job against the real schema, at a fixed "now": what is past its period goes, the rest stays. */
describe('purge of spent rows', () => {
  let db: DataSource;
  const now = new Date('2031-03-15T08:00:00Z');
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const HOUR = 3_600_000;
  const DAY = 24 * HOUR;
  const config = { intervalMs: 0, idempotencyHours: 24, loginEventsDays: 90, sessionsDays: 30 };

  beforeAll(async () => {
    const adminUrl = process.env.TEST_PG_ADMIN_URL!;
    const name = `p_${randomBytes(6).toString('hex')}`;
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    db = await new DataSource({
      type: 'postgres',
      url: adminUrl.replace(/\/[^/]*$/, `/${name}`),
      entities: ENTITIES,
      migrations: MIGRATIONS,
    }).initialize();
    await db.runMigrations({ transaction: 'each' });
  });
  afterAll(() => db?.destroy());

  async function user(): Promise<string> {
    const id = randomUUID();
    await db.query(
      `INSERT INTO users (id, username, password_hash, display_name, agency_code, roles) VALUES ($1, $2, 'x', 'Người thử', 'BCD_VPTT', '{COORDINATOR}')`,
      [id, `u-${id.slice(0, 8)}`],
    );
    return id;
  }

  it('removes idempotency records, login events and spent sessions past their periods, and nothing else', async () => {
    const userId = await user();
    const key = (k: string, at: Date) =>
      db.query(`INSERT INTO idempotency_keys (user_id, key, fingerprint, status, created_at) VALUES ($1, $2, 'f', 'DONE', $3)`, [userId, k, at]);
    await key('old', ago(25 * HOUR));
    await key('fresh', ago(23 * HOUR));
    const login = (username: string, at: Date) =>
      db.query(`INSERT INTO login_events (username, client_address, outcome, at) VALUES ($1, '10.0.0.1', 'FAILED', $2)`, [username, at]);
    await login('old', ago(91 * DAY));
    await login('fresh', ago(89 * DAY));
    const session = async (label: string, expiresAt: Date, revokedAt: Date | null) => {
      const [{ id }] = await db.query(
        `INSERT INTO sessions (user_id, client_address, created_at, expires_at, revoked_at, revoked_reason) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [userId, label, ago(200 * DAY), expiresAt, revokedAt, revokedAt ? 'LOGOUT' : null],
      );
      await db.query(`INSERT INTO refresh_tokens (token_hash, session_id) VALUES ($1, $2)`, [`${label}-${id}`, id]);
    };
    await session('expired-long-ago', ago(31 * DAY), null);
    await session('revoked-long-ago', new Date(now.getTime() + DAY), ago(31 * DAY));
    await session('expired-recently', ago(29 * DAY), null);
    await session('live', new Date(now.getTime() + DAY), null);

    const counts = await new PurgeService(db).purge(now, config);

    expect(counts).toEqual({ idempotencyKeys: 1, loginEvents: 1, sessions: 2 });
    expect((await db.query(`SELECT key FROM idempotency_keys`)).map((r: { key: string }) => r.key)).toEqual(['fresh']);
    expect((await db.query(`SELECT username FROM login_events`)).map((r: { username: string }) => r.username)).toEqual(['fresh']);
    const left = (await db.query(`SELECT client_address FROM sessions ORDER BY client_address`)).map(
      (r: { client_address: string }) => r.client_address,
    );
    expect(left).toEqual(['expired-recently', 'live']);
    // The spent sessions' refresh tokens went with them.
    expect(Number((await db.query(`SELECT count(*) AS n FROM refresh_tokens`))[0].n)).toBe(2);
    // Run again at the same instant: nothing more to remove.
    expect(await new PurgeService(db).purge(now, config)).toEqual({ idempotencyKeys: 0, loginEvents: 0, sessions: 0 });
    // A week later, what was fresh has aged past its period in turn.
    expect(await new PurgeService(db).purge(new Date(now.getTime() + 7 * DAY), config)).toEqual({ idempotencyKeys: 1, loginEvents: 1, sessions: 1 });
  });
});
