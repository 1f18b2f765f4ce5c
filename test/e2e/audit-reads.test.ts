import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { upsertUsers } from '../../src/database/demo-users';
import { Role } from '../../src/domain/role';
import { startTestSystem, TestSystem } from '../support/test-system';
import { TEST_PASSWORD } from '../support/test-users';

/**
 * Reads of victim or tipster data leave one audit row per request naming what was read (references, never the
 * data), and rows written by many readers and writers at once still form one intact chain.
 */
describe('audited reads', () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
    await upsertUsers(system.db, [
      { username: 'auditor', displayName: 'Kiểm toán viên', agencyCode: 'BCD_VPTT', roles: [Role.AUDITOR], password: TEST_PASSWORD },
    ]);
    const [registrar] = await system.db.query(`SELECT id FROM users WHERE username = 'coordinator'`);
    await system.db.query(
      `INSERT INTO tips (reference, channel, received_at, summary, location, urgency, investigating_agency_code, status, workflow_id, registered_by)
       SELECT 'TIP-READ-' || i, 'HOTLINE_111', now() - i * interval '1 minute', 'Bí mật số ' || i, 'thôn ' || i, 'NORMAL', 'CA_TINH_CSDT',
              'VERIFYING', 'tip-verification-TIP-READ-' || i, $1
       FROM generate_series(1, 3) i`,
      [registrar.id],
    );
  });
  afterAll(() => system?.close());

  const rowsOf = (action: string) =>
    system.db.query(
      `SELECT a.subject_type, a.subject_id, a.detail, u.username FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
        WHERE a.action = $1 ORDER BY a.arrival`,
      [action],
    );

  it('writes one row per read naming the reader, the route and the subjects, and none for a refused read', async () => {
    const coordinator = await system.as('coordinator');
    const border = await system.as('border-officer');

    expect((await coordinator.get('/tips/TIP-READ-1')).status).toBe(200);
    const [read] = await rowsOf('TIP_READ');
    expect(read).toMatchObject({
      subject_type: 'TIP',
      subject_id: 'TIP-READ-1',
      username: 'coordinator',
      detail: { route: 'GET /tips/:reference', count: 1, subjects: ['TIP-READ-1'] },
    });
    // The reference, never what the tip says.
    expect(JSON.stringify(read.detail)).not.toContain('Bí mật');

    const list = await coordinator.get('/tips?limit=10');
    expect(list.status).toBe(200);
    const [listed] = await rowsOf('TIPS_LISTED');
    expect(listed.subject_id).toBe('GET /tips');
    expect(listed.detail.subjects).toEqual(expect.arrayContaining(['TIP-READ-1', 'TIP-READ-2', 'TIP-READ-3']));
    expect(listed.detail).not.toHaveProperty('q');

    // A border post does not work on these tips: refused, audited as a refusal, and no read is recorded.
    expect((await border.get('/tips/TIP-READ-2')).status).toBe(403);
    expect((await rowsOf('TIP_READ')).map((r: { subject_id: string }) => r.subject_id)).toEqual(['TIP-READ-1']);

    // The auditor asking for a tip finds the page read and the list that showed it.
    const auditor = await system.as('auditor' as never);
    const found = await auditor.get('/audit?subjectId=TIP-READ-2');
    expect(found.status).toBe(200);
    expect(found.body.map((r: { action: string }) => r.action)).toEqual(['TIPS_LISTED']);
  });

  it('chains reads and changes made at the same time into one intact chain that audit:verify accepts', async () => {
    const coordinator = await system.as('coordinator');
    const admin = await system.as('admin');
    const [target] = await system.db.query(`SELECT id FROM users WHERE username = 'officer'`);
    const answers = await Promise.all([
      ...Array.from({ length: 30 }, (_, i) => coordinator.get(`/tips/TIP-READ-${(i % 3) + 1}`)),
      ...Array.from({ length: 6 }, (_, i) => admin.send('PATCH', `/users/${target.id}`, { displayName: `Cán bộ ${i}` })),
    ]);
    expect(answers.every((a) => a.status === 200)).toBe(true);
    // Reads do not wait for their row to be chained; the chainer catches up within moments.
    for (let waited = 0; (await system.db.query(`SELECT 1 FROM audit_log WHERE sequence IS NULL`)).length; waited += 100) {
      expect(waited).toBeLessThan(10_000);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const rows = await system.db.query(`SELECT sequence::int AS sequence, previous_hash, hash FROM audit_log ORDER BY sequence`);
    rows.forEach((r: { sequence: number; previous_hash: string }, i: number) => {
      expect(r.sequence).toBe(i + 1);
      expect(r.previous_hash).toBe(i === 0 ? '0'.repeat(64) : rows[i - 1].hash);
    });
    const run = spawnSync(process.execPath, [join(__dirname, '../../scripts/audit-verify.js')], {
      env: { ...process.env, AUDIT_DATABASE_URL: system.databaseUrl },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(`${run.stdout}${run.stderr}`).toContain(`audit chain intact: ${rows.length} rows verified`);
    expect(run.status).toBe(0);
  });

  it('lets the application set a row’s chain fields once and nothing else', async () => {
    const { Client } = await import('pg');
    const app = new Client({ connectionString: system.databaseUrl });
    await app.connect();
    try {
      await expect(app.query(`UPDATE audit_log SET hash = 'forged' WHERE sequence = 1`)).rejects.toThrow(/append-only: UPDATE refused/);
      await expect(app.query(`UPDATE audit_log SET action = 'NOTHING'`)).rejects.toThrow(/permission denied for table audit_log/);
      await app.query(
        `INSERT INTO audit_log (id, actor_id, action, subject_type, subject_id, detail, at) VALUES (gen_random_uuid(), NULL, 'X', 'T', 't', '{}', now())`,
      );
      await expect(
        app.query(`UPDATE audit_log SET sequence = 999999, previous_hash = 'p', hash = 'h', detail = '{"x":1}' WHERE sequence IS NULL`),
      ).rejects.toThrow(/permission denied|append-only/);
    } finally {
      await app.end();
    }
  });
});
