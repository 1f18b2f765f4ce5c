import { TipStepType } from '../../src/domain/tip/tip-step-type';
import { AgencyStaff } from '../support/agency-staff';
import { eventually } from '../support/eventually';
import { HttpClient } from '../support/http-client';
import { openTask } from '../support/open-task';
import { startTestSystem, TestSystem } from '../support/test-system';
import { idempotencyKey, tipBody } from '../support/tip-requests';

interface Received {
  status: number;
  contentType: string | null;
  text: string;
  events: { type: string; data: any }[];
  close(): void;
}

/** An SSE client over fetch (EventSource cannot send the Bearer header): collects the raw text and parsed events. */
async function listen(client: HttpClient): Promise<Received> {
  const abort = new AbortController();
  const res = await fetch(`${(client as any).baseUrl}/events`, {
    headers: { authorization: `Bearer ${(client as any).token}`, accept: 'text/event-stream' },
    signal: abort.signal,
  });
  const received: Received = { status: res.status, contentType: res.headers.get('content-type'), text: '', events: [], close: () => abort.abort() };
  void (async () => {
    const decoder = new TextDecoder();
    try {
      for await (const chunk of res.body as any) {
        received.text += decoder.decode(chunk, { stream: true });
        const blocks = received.text.split('\n\n');
        received.events = blocks
          .filter((b) => b.includes('\ndata: '))
          .map((b) => ({ type: /event: (.*)/.exec(b)![1], data: JSON.parse(/data: (.*)/.exec(b)![1]) }));
      }
    } catch {
      /* aborted */
    }
  })();
  return received;
}

describe('live events (GET /events)', () => {
  let system: TestSystem;
  let coordinator: HttpClient;
  let officer: HttpClient;
  let otherOfficer: HttpClient;
  const streams: Received[] = [];

  beforeAll(async () => {
    system = await startTestSystem();
    [coordinator, officer, otherOfficer] = await Promise.all([
      system.as('coordinator'),
      system.as('officer'),
      new AgencyStaff(system).officer('DBP_BU_PRANG'),
    ]);
  });
  afterAll(async () => {
    streams.forEach((s) => s.close());
    await system?.close();
  });

  it('tells an agency about its new task, and not another agency; ids only', async () => {
    const mine = await listen(officer);
    const theirs = await listen(otherOfficer);
    const desk = await listen(coordinator);
    streams.push(mine, theirs, desk);
    expect(mine.status).toBe(200);
    expect(mine.contentType).toMatch(/^text\/event-stream/);
    await eventually(async () => mine.text.includes(': connected'), 'stream open');

    const summary = 'Người gọi báo có một phụ nữ bị giữ tại sòng bạc';
    const tip = (await coordinator.post('/tips', tipBody({ summary }), { 'Idempotency-Key': idempotencyKey() })).body;
    const verify = await openTask(officer, tip.processId, TipStepType.VERIFY);

    const created = await eventually(
      async () => mine.events.find((e) => e.type === 'task.created' && e.data.taskId === verify.id),
      'task.created for the investigating agency',
    );
    expect(created.data).toEqual({
      type: 'task.created',
      taskId: verify.id,
      processId: tip.processId,
      agencyCode: 'CA_TINH_CSDT',
      status: 'OPEN',
      revision: 1,
    });
    await eventually(async () => desk.events.some((e) => e.data.taskId === verify.id), 'the duty desk hears every agency');
    expect(mine.events.every((e) => e.data.agencyCode === 'CA_TINH_CSDT')).toBe(true);

    // A change of status reaches the agency as task.updated; the other agency has heard nothing of either.
    expect((await officer.post(`/tasks/${verify.id}/claim`)).status).toBe(200);
    await eventually(
      async () => mine.events.some((e) => e.type === 'task.updated' && e.data.taskId === verify.id && e.data.status === 'CLAIMED'),
      'task.updated on claim',
    );
    expect(theirs.events.filter((e) => e.data.agencyCode === 'CA_TINH_CSDT')).toEqual([]);
    expect(theirs.text).not.toContain(verify.id);
    // No personal data or free text travels in events.
    expect(mine.text + desk.text).not.toContain(summary);
  });

  it('refuses a caller without a session, and administrators', async () => {
    const anonymous = await fetch(`${(system.http as any).baseUrl}/events`);
    expect(anonymous.status).toBe(401);
    expect((await (await system.as('admin')).get('/events')).status).toBe(403);
  });

  it('keeps the stream alive with a comment every 15 s', async () => {
    const stream = await listen(officer);
    streams.push(stream);
    await eventually(async () => stream.text.includes(': heartbeat'), 'heartbeat', 25_000);
  }, 40_000);
});
