import { AppProcess } from '../support/app-process';
import { eventually } from '../support/eventually';
import { freePort } from '../support/free-port';
import { startTestSystem, TestSystem } from '../support/test-system';

/** The API and the worker as the operating system runs them: refusing a wrong setting, logging JSON, serving metrics. */
describe('app processes', () => {
  it.each([
    ['src/main.api.ts', 'SESSION_MAX_AGE_SECONDS', '8h'],
    ['src/main.worker.ts', 'COOKIE_SECURE', 'yes'],
  ] as const)('%s stops at start on %s=%s, naming the setting', async (entry, name, value) => {
    const child = new AppProcess(entry, entry, { [name]: value, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    expect(await child.exited).toBe(78);
    const output = child.output.join('');
    expect(output).toContain(`${name}: expected`);
    expect(output).toContain(`"${value}"`);
  });

  describe('a running API process', () => {
    let system: TestSystem;
    let api: AppProcess;
    let base: string;

    beforeAll(async () => {
      system = await startTestSystem({ worker: false });
      const port = await freePort();
      base = `http://127.0.0.1:${port}`;
      api = new AppProcess('api', 'src/main.api.ts', { PORT: String(port) });
      await eventually(
        async () => {
          if (!api.running) throw new Error(`api exited:\n${api.output.join('')}`);
          return (await fetch(`${base}/health/live`).catch(() => undefined))?.ok;
        },
        'the API process to answer',
        120_000,
      );
    }, 180_000);
    afterAll(async () => {
      await api?.stop();
      await system?.close();
    });

    it('logs JSON lines with request ids, an access line per request, no colour and no personal data', async () => {
      const password = 'wrong-password-Nguyen-Van-A';
      const login = await fetch(`${base}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'coordinator', password }),
      });
      expect(login.status).toBe(401);
      const generatedId = login.headers.get('x-request-id');
      expect(generatedId).toMatch(/^[0-9a-f-]{36}$/);
      const tasks = await fetch(`${base}/tasks?search=Tran%20Thi%20B`, {
        headers: { 'X-Request-Id': 'proxy-request-0001', authorization: 'Bearer not-a-token' },
      });
      expect(tasks.headers.get('x-request-id')).toBe('proxy-request-0001');

      const lines = await eventually(async () => {
        const all = api.output.join('').split('\n').filter(Boolean);
        return all.some((l) => l.includes('proxy-request-0001')) && all;
      }, 'the access line of the second request');
      const records = lines.map((line) => JSON.parse(line)); // throws on any line that is not JSON
      expect(lines.join('\n')).not.toContain(`${String.fromCharCode(27)}[`); // no ANSI colour codes
      for (const record of records)
        expect(record).toEqual(expect.objectContaining({ service: 'api', level: expect.any(String), time: expect.any(String) }));
      const access = (id: string) => records.find((r) => r.req?.id === id && r.res);
      expect(access(generatedId!)).toEqual(
        expect.objectContaining({ level: 'warn', req: { id: generatedId, method: 'POST', path: '/auth/login' }, res: { status: 401 } }),
      );
      expect(access('proxy-request-0001')).toEqual(
        expect.objectContaining({ req: { id: 'proxy-request-0001', method: 'GET', path: '/tasks' }, res: { status: 401 } }),
      );
      const text = lines.join('\n');
      for (const secret of [password, 'Tran', 'not-a-token', 'coordinator']) expect(text).not.toContain(secret);
    });

    it('answers /metrics in Prometheus text with latency by route pattern and status', async () => {
      await fetch(`${base}/health/ready`);
      const res = await fetch(`${base}/metrics`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain;.*version=0\.0\.4/);
      const text = await res.text();
      expect(text).toContain('# TYPE http_request_duration_seconds histogram');
      // One sample line of `metric` carrying every given label (in whatever order the client writes them).
      const sample = (metric: string, labels: string[]) =>
        text.split('\n').find((line) => line.startsWith(`${metric}{`) && labels.every((label) => line.includes(label)));
      expect(
        sample('http_request_duration_seconds_bucket', ['le="+Inf"', 'service="api"', 'method="POST"', 'route="/auth/login"', 'status="401"']),
      ).toMatch(/ 1$/);
      expect(sample('http_requests_total', ['method="GET"', 'route="/health/ready"'])).toMatch(/status="(200|503)".* 1$/);
      // Ids in paths never become labels: the route is the pattern.
      expect(text).not.toMatch(/route="[^"]*[0-9a-f]{8}-[0-9a-f]{4}/);
      expect(text).toContain('process_cpu_user_seconds_total');
    });
  });
});
