import { eventually } from '../support/eventually';
import { HttpClient } from '../support/http-client';
import { startTestSystem, TestSystem } from '../support/test-system';

interface Stream {
  status: number;
  body: string;
  ended: boolean;
  close(): void;
}

/** Opens GET /events with a bearer token and follows it until it ends. */
async function open(client: HttpClient): Promise<Stream> {
  const abort = new AbortController();
  const res = await fetch(`${(client as any).baseUrl}/events`, {
    headers: { authorization: `Bearer ${(client as any).token}`, accept: 'text/event-stream' },
    signal: abort.signal,
  });
  const stream: Stream = { status: res.status, body: '', ended: false, close: () => abort.abort() };
  void (async () => {
    const decoder = new TextDecoder();
    try {
      for await (const chunk of res.body as any) stream.body += decoder.decode(chunk, { stream: true });
    } catch {
      /* aborted */
    }
    stream.ended = true;
  })();
  return stream;
}

/** One token once opened 19,969 streams: streams are capped, and end with their session. */
describe('live-update streams are capped and follow their session', () => {
  let system: TestSystem;
  const streams: Stream[] = [];
  const keep = async (client: HttpClient) => {
    const stream = await open(client);
    streams.push(stream);
    return stream;
  };

  beforeAll(async () => {
    process.env.EVENTS_MAX_STREAMS_PER_SESSION = '3';
    process.env.EVENTS_MAX_STREAMS_PER_USER = '4';
    process.env.EVENTS_SESSION_CHECK_MS = '1000';
    system = await startTestSystem({ worker: false });
  });
  afterAll(async () => {
    streams.forEach((s) => s.close());
    delete process.env.EVENTS_MAX_STREAMS_PER_SESSION;
    delete process.env.EVENTS_MAX_STREAMS_PER_USER;
    delete process.env.EVENTS_MAX_STREAMS;
    delete process.env.EVENTS_SESSION_CHECK_MS;
    await system?.close();
  });

  it('holds the caps per session, per user and server-wide, while the API keeps answering', async () => {
    const officer = await system.as('officer');
    const opened = [];
    for (let i = 0; i < 3; i++) opened.push(await keep(officer));
    expect(opened.map((s) => s.status)).toEqual([200, 200, 200]);
    const fourth = await keep(officer);
    expect(fourth.status).toBe(429);
    await eventually(async () => (fourth.ended ? fourth : undefined), 'refusal read');
    expect(JSON.parse(fourth.body).code).toBe('RATE_LIMITED');
    expect((await officer.get('/tasks')).status).toBe(200);

    // Another session of the same person: the user's cap (4) leaves it one stream.
    const sameOfficer = await system.as('officer');
    expect((await keep(sameOfficer)).status).toBe(200);
    expect((await keep(sameOfficer)).status).toBe(429);

    // Server-wide: the next stream of anybody is refused once the total is reached.
    process.env.EVENTS_MAX_STREAMS = '4';
    try {
      const coordinator = await system.as('coordinator');
      expect((await keep(coordinator)).status).toBe(429);
      streams.splice(0, 1)[0].close();
      await eventually(async () => ((await keep(coordinator)).status === 200 ? true : undefined), 'a stream freed');
      expect((await coordinator.get('/tasks')).status).toBe(200);
    } finally {
      delete process.env.EVENTS_MAX_STREAMS;
    }
  });

  it('ends a stream within seconds of its session being logged out', async () => {
    const leadership = await system.as('leadership');
    const stream = await keep(leadership);
    expect(stream.status).toBe(200);
    await eventually(async () => stream.body.includes(': connected'), 'stream open');
    const loggedOutAt = Date.now();
    expect((await leadership.post('/auth/logout', {})).status).toBeLessThan(300);
    await eventually(async () => stream.ended, 'stream ended', 10_000);
    console.log(`stream of a logged-out session ended after ${Date.now() - loggedOutAt} ms`);
  });
});
