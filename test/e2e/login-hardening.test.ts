import { startTestSystem, TestSystem } from '../support/test-system';
import { TEST_PASSWORD } from '../support/test-users';

/** Login under attack: lockouts, rate limits, no hint about which accounts exist, and a record of every attempt. */
describe('login hardening', () => {
  let system: TestSystem;

  // Every attempt here comes from 127.0.0.1: the per-address limit is lifted except in the test that is about it.
  const ADDRESS_LIMIT_FOR_OTHER_TESTS = '1000';
  beforeAll(async () => {
    process.env.LOGIN_ADDRESS_MAX_FAILURES = ADDRESS_LIMIT_FOR_OTHER_TESTS;
    system = await startTestSystem({ worker: false });
  });
  afterAll(async () => {
    delete process.env.LOGIN_ADDRESS_MAX_FAILURES;
    await system?.close();
  });

  const login = (username: string, password: string) => system.http.post('/auth/login', { username, password });
  /** The same request through fetch, for the headers. */
  const rawLogin = (username: string, password: string, language = 'vi') =>
    fetch(`${(system.http as any).baseUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': language },
      body: JSON.stringify({ username, password }),
    });

  it('answers unknown users and wrong passwords with the same 401 body, and records both without the password', async () => {
    const unknown = await login('nobody-here', 'a guess at a password');
    const wrong = await login('coordinator', 'a guess at a password');
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);

    const events = await system.db.query(`SELECT username, user_id, outcome, client_address FROM login_events ORDER BY id`);
    expect(events.map((e: any) => [e.username, e.outcome])).toEqual([
      ['nobody-here', 'FAILED'],
      ['coordinator', 'FAILED'],
    ]);
    expect(events[1].user_id).not.toBeNull();
    expect(events[0].client_address).toMatch(/127\.0\.0\.1/);
    expect(JSON.stringify(await system.db.query(`SELECT * FROM login_events`))).not.toContain('a guess at a password');
    expect((await login('coordinator', TEST_PASSWORD)).status).toBe(200);
    expect((await system.db.query(`SELECT outcome FROM login_events ORDER BY id DESC LIMIT 1`))[0].outcome).toBe('SUCCEEDED');
  });

  it('measures login latency for unknown and known users (printed, not asserted)', async () => {
    const time = async (username: string) => {
      const started = process.hrtime.bigint();
      await login(username, 'not the right password');
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    const unknown: number[] = [];
    const known: number[] = [];
    // Alternating, and on different names, so neither the lockout nor the per-account limit interferes.
    for (let i = 0; i < 4; i++) {
      unknown.push(await time(`ghost-${i}`));
      known.push(await time(['officer', 'officer-2', 'agency-head', 'health-head'][i]));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    console.log(
      `login latency (ms), wrong password: unknown users median ${median(unknown).toFixed(0)} [${unknown.map((x) => x.toFixed(0)).join(', ')}]; ` +
        `known users median ${median(known).toFixed(0)} [${known.map((x) => x.toFixed(0)).join(', ')}]`,
    );
  });

  it('locks an account after 5 failures in a row, with a clear message and Retry-After, even for the right password', async () => {
    for (let i = 0; i < 5; i++) expect((await login('procuracy-head', `wrong password ${i}`)).status).toBe(401);
    const locked = await rawLogin('procuracy-head', TEST_PASSWORD);
    expect(locked.status).toBe(429);
    const body = (await locked.json()) as any;
    expect(body.code).toBe('ACCOUNT_LOCKED');
    // Vietnamese by default, with the local time it unlocks; English on request with the instant.
    expect(body.message).toMatch(/bị khóa đến \d{2}:\d{2}/);
    const english = (await (await rawLogin('procuracy-head', TEST_PASSWORD, 'en')).json()) as any;
    expect(english.message).toMatch(/locked until \d{4}-\d{2}-\d{2}T/);
    const retryAfter = Number(locked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);

    // An unknown name locks the same way, so a lockout reveals nothing about which accounts exist.
    for (let i = 0; i < 5; i++) await login('no-such-person', `wrong password ${i}`);
    expect((await login('no-such-person', 'whatever')).body.code).toBe('ACCOUNT_LOCKED');

    // A burst in parallel cannot outrun the count: each attempt is recorded before it is judged.
    const burst = await Promise.all(Array.from({ length: 12 }, (_, i) => login('burst-target', `parallel guess ${i}`)));
    expect(burst.every((r) => r.status === 401 || r.status === 429)).toBe(true);
    const [{ judged }] = await system.db.query(
      `SELECT count(*)::int AS judged FROM login_events WHERE username = 'burst-target' AND outcome = 'FAILED'`,
    );
    expect(judged).toBeLessThanOrEqual(5);
    console.log(`parallel burst of 12 wrong passwords: ${judged} checked, ${burst.filter((r) => r.status === 429).length} refused with 429`);

    // Once the lockout has passed (moved back in time here), the right password works again.
    await system.db.query(`UPDATE login_events SET at = at - interval '16 minutes' WHERE username = 'procuracy-head'`);
    expect((await login('procuracy-head', TEST_PASSWORD)).status).toBe(200);
  });

  it('never locks an account for correct passwords, however many are in flight; wrong ones in the same burst still count', async () => {
    // Every attempt of any outcome counts against the per-account rate limit: lifted here, this test is about the lockout.
    process.env.LOGIN_ACCOUNT_MAX_ATTEMPTS = '100';
    try {
      const [{ before }] = await system.db.query(`SELECT coalesce(max(id), 0) AS before FROM login_events`);
      const burst = await Promise.all(Array.from({ length: 8 }, () => login('health-head', TEST_PASSWORD)));
      expect(burst.map((r) => r.status)).toEqual(Array(8).fill(200));
      const [{ failed, pending }] = await system.db.query(
        `SELECT count(*) FILTER (WHERE outcome = 'FAILED')::int AS failed, count(*) FILTER (WHERE outcome = 'PENDING')::int AS pending
           FROM login_events WHERE username = 'health-head' AND id > $1`,
        [before],
      );
      expect({ failed, pending }).toEqual({ failed: 0, pending: 0 });
      expect((await login('health-head', TEST_PASSWORD)).status).toBe(200);

      // Right and wrong mixed in flight: the wrong ones are counted once they have failed, and no more than that.
      const mixed = await Promise.all(Array.from({ length: 4 }, (_, i) => login('health-head', i % 2 ? TEST_PASSWORD : `wrong ${i}`)));
      expect(mixed.map((r) => r.status).sort()).toEqual([200, 200, 401, 401]);
      expect((await login('health-head', TEST_PASSWORD)).status).toBe(200);
    } finally {
      delete process.env.LOGIN_ACCOUNT_MAX_ATTEMPTS;
    }
  });

  it('rate-limits failed logins per client address with 429 RATE_LIMITED and Retry-After', async () => {
    const [{ n }] = await system.db.query(
      `SELECT count(*)::int AS n FROM login_events WHERE outcome = 'FAILED' AND at > now() - interval '5 minutes'`,
    );
    // Room for three more failures from this address, whatever the earlier tests left.
    process.env.LOGIN_ADDRESS_MAX_FAILURES = String(n + 3);
    try {
      for (let i = 0; i < 3; i++) expect((await login(`sprayed-${i}`, 'password1234')).status).toBe(401);
      const limited = await rawLogin('sprayed-4', 'password1234');
      expect(limited.status).toBe(429);
      expect(((await limited.json()) as any).code).toBe('RATE_LIMITED');
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      // The limit holds for real accounts too: the address is refused before any password is checked.
      expect((await login('leadership', TEST_PASSWORD)).status).toBe(429);
    } finally {
      process.env.LOGIN_ADDRESS_MAX_FAILURES = ADDRESS_LIMIT_FOR_OTHER_TESTS;
    }
  });

  it('rate-limits attempts per account, successful or not', async () => {
    // An hour's window for this test: on a loaded machine the earlier attempts must not age out while it runs.
    process.env.LOGIN_ACCOUNT_WINDOW_SECONDS = '3600';
    const [{ n }] = await system.db.query(
      `SELECT count(*)::int AS n FROM login_events WHERE username = 'coordinator' AND at > now() - interval '1 hour'`,
    );
    process.env.LOGIN_ACCOUNT_MAX_ATTEMPTS = String(n + 3);
    try {
      for (let i = 0; i < 3; i++) expect((await login('coordinator', TEST_PASSWORD)).status).toBe(200);
      const limited = await rawLogin('coordinator', TEST_PASSWORD);
      expect(limited.status).toBe(429);
      expect(((await limited.json()) as any).code).toBe('RATE_LIMITED');
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      delete process.env.LOGIN_ACCOUNT_MAX_ATTEMPTS;
      delete process.env.LOGIN_ACCOUNT_WINDOW_SECONDS;
    }
  });

  it('rehashes a password stored at a lower cost on the next successful login', async () => {
    // An account no other test here signs in to: the per-account attempt limit (10 a minute) must not interfere.
    const { scryptSync, randomBytes } = await import('node:crypto');
    const salt = randomBytes(16);
    const legacy = `scrypt$${salt.toString('base64')}$${scryptSync(TEST_PASSWORD, salt, 64).toString('base64')}`;
    await system.db.query(`UPDATE users SET password_hash = $1 WHERE username = 'border-officer'`, [legacy]);
    expect((await login('border-officer', TEST_PASSWORD)).status).toBe(200);
    const [{ password_hash }] = await system.db.query(`SELECT password_hash FROM users WHERE username = 'border-officer'`);
    expect(password_hash).toMatch(/^scrypt\$ln=17,r=8,p=1\$/);
    expect((await login('border-officer', TEST_PASSWORD)).status).toBe(200);
  });
});
