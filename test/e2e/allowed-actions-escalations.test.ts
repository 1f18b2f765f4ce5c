import { TipStepType } from '../../src/domain/tip/tip-step-type';
import { AgencyStaff } from '../support/agency-staff';
import { eventually } from '../support/eventually';
import { HttpClient } from '../support/http-client';
import { shortCatalogue } from '../support/short-catalogue';
import { startTestSystem, TestSystem } from '../support/test-system';
import { idempotencyKey, tipBody } from '../support/tip-requests';

const REFUSED = [403, 409];

/**
 * An escalation's `allowedActions` against what `POST /escalations/{id}/acknowledge` then does, for each rung of a real
 * ladder (verification given 4 s, the rungs fire at due + 0, 3, 6 s) and several roles: what is offered goes through,
 * what is not is refused; GET /escalations and GET /processes/{id} offer the same.
 */
describe('allowedActions of escalations says what the server accepts', () => {
  let system: TestSystem;
  const clients: Record<string, HttpClient> = {};

  beforeAll(async () => {
    system = await startTestSystem({ catalogue: shortCatalogue({ [TipStepType.VERIFY]: 4, [TipStepType.NOTIFY_PROCURACY]: 3600 }) });
    for (const user of ['coordinator', 'officer', 'agency-head', 'leadership'] as const) clients[user] = await system.as(user);
    clients['health-head'] = await new AgencyStaff(system).head('SO_Y_TE');
  });
  afterAll(() => system?.close());

  /** What each client is offered on the escalation, where it may read it at all; `undefined`: it reads it nowhere. */
  async function offered(client: HttpClient, processId: string, escalationId: string): Promise<string[] | undefined> {
    const listed = await client.get('/escalations?state=all&limit=200');
    const inList = listed.status === 200 ? (listed.body as any[]).find((e) => e.id === escalationId) : undefined;
    const process = await client.get(`/processes/${processId}`);
    const inProcess = process.status === 200 ? (process.body.escalations as any[]).find((e) => e.id === escalationId) : undefined;
    // Both views of one escalation, where the caller has both, offer the same.
    if (inList && inProcess) expect(inProcess.allowedActions).toEqual(inList.allowedActions);
    return (inList ?? inProcess)?.allowedActions;
  }

  it('each rung is offered to whom it reached (and to leadership), acknowledged by them, refused to everyone else', async () => {
    const tip = (await clients.coordinator.post('/tips', tipBody(), { 'Idempotency-Key': idempotencyKey() })).body;
    const rungs = await eventually(
      async () => {
        const rows = (await clients.leadership.get('/escalations?limit=200')).body as any[];
        const mine = rows.filter((e) => e.processId === tip.processId).sort((a, b) => a.level - b.level);
        return mine.length === 3 && mine;
      },
      'three rungs of the ladder',
      30_000,
    );
    expect(rungs.map((e) => e.target)).toEqual(['AGENCY_HEAD', 'STANDING_OFFICE', 'LEADERSHIP']);

    // Who is offered what, before anyone acts.
    const table: Record<string, boolean[]> = {};
    for (const [name, client] of Object.entries(clients))
      table[name] = await Promise.all(rungs.map(async (e) => Boolean((await offered(client, tip.processId, e.id))?.includes('ACKNOWLEDGE'))));
    expect(table).toEqual({
      coordinator: [false, true, false],
      officer: [false, false, false],
      'agency-head': [true, false, false],
      leadership: [true, true, true],
      'health-head': [false, false, false],
    });

    // What is not offered is refused; then whom each rung reached acknowledges it, and nobody is offered it again.
    const deciders = ['agency-head', 'coordinator', 'leadership'];
    for (const [i, escalation] of rungs.entries()) {
      for (const [name, client] of Object.entries(clients))
        if (!table[name][i]) expect(REFUSED).toContain((await client.post(`/escalations/${escalation.id}/acknowledge`, { note: 'Not mine' })).status);
      const acknowledged = await clients[deciders[i]].post(`/escalations/${escalation.id}/acknowledge`, { note: 'Report by Friday' });
      expect(acknowledged.status).toBe(200);
      expect(acknowledged.body.allowedActions).toEqual([]);
      for (const client of Object.values(clients)) expect((await offered(client, tip.processId, escalation.id)) ?? []).toEqual([]);
      expect((await clients.leadership.post(`/escalations/${escalation.id}/acknowledge`, {})).status).toBe(409);
    }
  });
});
