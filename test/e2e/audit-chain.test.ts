import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { HttpClient } from '../support/http-client';
import { startTestSystem, TestSystem } from '../support/test-system';

/** The audit log proves itself: concurrent writers chain correctly, and `npm run audit:verify` finds the first break. */
describe('hash-chained audit log', () => {
  let system: TestSystem;
  let admin: HttpClient;
  let superuser: Client;

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
    admin = await system.as('admin');
    superuser = new Client({ connectionString: system.superuserUrl });
    await superuser.connect();
  });
  afterAll(async () => {
    await superuser?.end();
    await system?.close();
  });

  /** Runs the real npm script (no build: it runs the TypeScript source) against this test's database. */
  function verify(): { status: number | null; out: string } {
    const run = spawnSync(process.execPath, [join(__dirname, '../../scripts/audit-verify.js')], {
      env: { ...process.env, AUDIT_DATABASE_URL: system.databaseUrl },
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { status: run.status, out: `${run.stdout}${run.stderr}` };
  }

  /** A superuser can switch triggers off for its session: the chain, not the trigger, is what catches it. */
  async function tamper(sql: string, params: unknown[] = []): Promise<void> {
    await superuser.query('BEGIN');
    await superuser.query(`SET LOCAL session_replication_role = replica`);
    await superuser.query(sql, params);
    await superuser.query('COMMIT');
  }

  it('chains rows written concurrently: gap-free sequence, each row naming the hash of the one before', async () => {
    const [target] = await system.db.query(`SELECT id FROM users WHERE username = 'officer'`);
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => admin.send('PATCH', `/users/${target.id}`, { displayName: `Cán bộ điều tra ${i}` })),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(12).fill(200));
    const rows = await system.db.query(`SELECT sequence::int AS sequence, previous_hash, hash FROM audit_log ORDER BY sequence`);
    expect(rows.length).toBeGreaterThanOrEqual(12);
    rows.forEach((r: { sequence: number; previous_hash: string }, i: number) => {
      expect(r.sequence).toBe(i + 1);
      expect(r.previous_hash).toBe(i === 0 ? '0'.repeat(64) : rows[i - 1].hash);
    });
    const ok = verify();
    expect(ok.out).toMatch(new RegExp(`audit chain intact: ${rows.length} rows verified`));
    expect(ok.status).toBe(0);
  });

  it('finds an altered row, then a removed one, then two swapped ones, and names each', async () => {
    const [third] = await system.db.query(`SELECT id, detail FROM audit_log WHERE sequence = 3`);

    await tamper(`UPDATE audit_log SET detail = '{"after":{"displayName":"someone else"}}' WHERE sequence = 3`);
    const altered = verify();
    expect(altered.status).toBe(1);
    expect(altered.out).toContain(`BROKEN (ALTERED) after 2 good rows: row 3 (${third.id}`);
    await tamper(`UPDATE audit_log SET detail = $1 WHERE sequence = 3`, [third.detail]);
    expect(verify().status).toBe(0);

    const {
      rows: [removed],
    } = await superuser.query(`SELECT * FROM audit_log WHERE sequence = 5`);
    await tamper(`DELETE FROM audit_log WHERE sequence = 5`);
    const gap = verify();
    expect(gap.status).toBe(1);
    expect(gap.out).toContain('BROKEN (REMOVED) after 4 good rows: rows 5 are missing before row 6');
    await tamper(
      `INSERT INTO audit_log (id, sequence, actor_id, action, subject_type, subject_id, detail, at, previous_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        removed.id,
        removed.sequence,
        removed.actor_id,
        removed.action,
        removed.subject_type,
        removed.subject_id,
        removed.detail,
        removed.at,
        removed.previous_hash,
        removed.hash,
      ],
    );
    expect(verify().status).toBe(0);

    await tamper(`UPDATE audit_log SET sequence = -1 WHERE sequence = 7`);
    await tamper(`UPDATE audit_log SET sequence = 7 WHERE sequence = 8`);
    await tamper(`UPDATE audit_log SET sequence = 8 WHERE sequence = -1`);
    const swapped = verify();
    expect(swapped.status).toBe(1);
    expect(swapped.out).toContain('BROKEN (REORDERED) after 6 good rows: row 7');
  });
});
