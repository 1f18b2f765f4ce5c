import { startTestSystem, TestSystem } from '../support/test-system';
import { TEST_PASSWORD } from '../support/test-users';

/** `name=value` pairs of a response's Set-Cookie headers, as a browser would send them back. */
const cookiesOf = (response: Response) =>
  Object.fromEntries(
    response.headers.getSetCookie().map((line) => {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      return [pair.slice(0, at), { value: pair.slice(at + 1), line }];
    }),
  );

/** The browser's session: the same sessions as the Bearer API, carried in HttpOnly, SameSite=Strict cookies. */
describe('web session cookies', () => {
  let system: TestSystem;
  let base: string;
  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
    base = system.http.baseUrl;
  });
  afterAll(() => system?.close());

  const post = (path: string, init: { cookie?: string; body?: unknown } = {}) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(init.cookie ? { cookie: init.cookie } : {}) },
      body: JSON.stringify(init.body ?? {}),
    });
  const me = (cookie: string) => fetch(`${base}/me`, { headers: { cookie } });

  it('signs in into HttpOnly cookies, renews once per refresh cookie, and signs out for good', async () => {
    const login = await post('/auth/web/login', { body: { username: 'officer', password: TEST_PASSWORD } });
    expect(login.status).toBe(200);
    const body: any = await login.json();
    expect(body).toMatchObject({ username: 'officer', agencyCode: 'CA_TINH_CSDT' });
    expect(body.accessToken).toBeUndefined();
    expect(body.refreshToken).toBeUndefined();
    const cookies = cookiesOf(login);
    expect(cookies.at_session.line).toMatch(/HttpOnly/);
    expect(cookies.at_session.line).toMatch(/SameSite=Strict/);
    expect(cookies.at_session.line).toMatch(/Path=\//);
    expect(cookies.at_refresh.line).toMatch(/Path=\/auth\/web;.*HttpOnly/);
    const session = `at_session=${cookies.at_session.value}`;
    const refresh = `at_refresh=${cookies.at_refresh.value}`;

    const who = await me(session);
    expect(who.status).toBe(200);
    expect(who.headers.get('cache-control')).toBe('no-store');
    expect(((await who.json()) as any).username).toBe('officer');

    const renewed = await post('/auth/web/refresh', { cookie: refresh });
    expect(renewed.status).toBe(200);
    const next = cookiesOf(renewed);
    expect(next.at_refresh.value).not.toBe(cookies.at_refresh.value);
    const nextSession = `at_session=${next.at_session.value}`;
    expect((await me(nextSession)).status).toBe(200);

    const logout = await post('/auth/web/logout', { cookie: nextSession });
    expect(logout.status).toBe(204);
    const cleared = cookiesOf(logout);
    expect(cleared.at_session.line).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect(cleared.at_refresh.line).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect((await me(nextSession)).status).toBe(401);
    expect((await post('/auth/web/refresh', { cookie: `at_refresh=${next.at_refresh.value}` })).status).toBe(401);
  });

  it('a refresh cookie used twice ends the session; no cookie is a bad request', async () => {
    const login = await post('/auth/web/login', { body: { username: 'coordinator', password: TEST_PASSWORD } });
    const cookies = cookiesOf(login);
    const refresh = `at_refresh=${cookies.at_refresh.value}`;
    expect((await post('/auth/web/refresh', { cookie: refresh })).status).toBe(200);
    expect((await post('/auth/web/refresh', { cookie: refresh })).status).toBe(401);
    expect((await me(`at_session=${cookies.at_session.value}`)).status).toBe(401);
    expect((await post('/auth/web/refresh')).status).toBe(400);
  });

  it('a wrong password sets no cookie; the Bearer header still works and wins over a cookie', async () => {
    const wrong = await post('/auth/web/login', { body: { username: 'coordinator', password: 'not the password' } });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.getSetCookie()).toEqual([]);

    const officer = await system.as('officer');
    const login = await post('/auth/web/login', { body: { username: 'coordinator', password: TEST_PASSWORD } });
    const session = `at_session=${cookiesOf(login).at_session.value}`;
    const token = (await system.http.post('/auth/login', { username: 'officer', password: TEST_PASSWORD })).body.accessToken;
    const both = await fetch(`${base}/me`, { headers: { cookie: session, authorization: `Bearer ${token}` } });
    expect(((await both.json()) as any).username).toBe('officer');
    expect((await officer.get('/me')).status).toBe(200);
  });
});
