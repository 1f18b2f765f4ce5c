import { randomUUID } from 'node:crypto';
import { HttpClient } from '../support/http-client';
import { startTestSystem, TestSystem } from '../support/test-system';
import { tipBody } from '../support/tip-requests';

describe('bad input gets a clear 4xx, never a 500', () => {
  let system: TestSystem;
  let coordinator: HttpClient;
  let officer: HttpClient;

  beforeAll(async () => {
    system = await startTestSystem();
    [coordinator, officer] = await Promise.all([system.as('coordinator'), system.as('officer')]);
  });
  afterAll(() => system?.close());

  it('401 without a token or with a wrong password', async () => {
    const res = await system.http.get('/tasks');
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ statusCode: 401, code: 'UNAUTHENTICATED', message: expect.stringContaining('token') });
    expect((await system.http.post('/auth/login', { username: 'officer', password: 'wrong' })).status).toBe(401);
    expect((await system.http.get('/tasks')).status).toBe(401);
    expect((await new HttpClient((system.http as any).baseUrl, 'not-a-jwt').get('/tasks')).status).toBe(401);
  });

  it('403 for a role that may not act', async () => {
    const res = await officer.post('/tips', tipBody());
    expect(res.status).toBe(403);
    expect(res.body.message).toContain('COORDINATOR');
    expect((await officer.put('/catalogue', {})).status).toBe(403);
  });

  it('400 naming the field for malformed bodies', async () => {
    const missing = await coordinator.post('/tips', { ...tipBody(), summary: undefined });
    expect(missing.status).toBe(400);
    expect(missing.body.code).toBe('VALIDATION_FAILED');
    expect(missing.body.message).toContain('summary');
    const badEnum = await coordinator.post('/tips', tipBody({ channel: 'CARRIER_PIGEON' }));
    expect(badEnum.body.message).toContain('channel');
    const extra = await coordinator.post('/tips', tipBody({ isAdmin: true }));
    expect(extra.status).toBe(400);
    expect(extra.body.message).toContain('isAdmin');
    const nested = await coordinator.post('/tips', tipBody({ tipsterContact: { phone: 12 } }));
    expect(nested.status).toBe(400);
    expect(nested.body.message).toContain('tipsterContact.phone');
    const notJson = await coordinator.post('/tips', '{"channel":', {});
    expect(notJson.status).toBe(400);
    expect((await coordinator.post('/tips', tipBody(), { 'Idempotency-Key': 'not visible ascii: é' })).status).toBe(400);
    expect((await officer.get('/tasks/not-a-uuid')).status).toBe(400);
    expect((await officer.get('/tasks?overdue=perhaps')).status).toBe(400);
    const ext = await officer.post(`/tasks/${randomUUID()}/extensions`, { amount: 0, unit: 'fortnights', reason: 'x' });
    expect(ext.status).toBe(400);
    expect(ext.body.message).toMatch(/amount|unit/);
  });

  it('404 for unknown ids and tips; 400 naming the field for an unknown agency code', async () => {
    const res = await officer.get(`/tasks/${randomUUID()}`);
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('NOT_FOUND');
    expect((await officer.post(`/tasks/${randomUUID()}/complete`, { outcome: {} })).status).toBe(404);
    expect((await coordinator.get('/tips/TIP-20000101-AAAAAA')).status).toBe(404);
    expect((await coordinator.post(`/escalations/${randomUUID()}/acknowledge`, {})).status).toBe(404);
    expect((await coordinator.get('/processes/tip-verification-nope')).status).toBe(404);
    const agency = await coordinator.post('/tips', tipBody({ investigatingAgencyCode: 'NO_SUCH_AGENCY' }));
    expect(agency.status).toBe(400);
    expect(agency.body.message).toContain('investigatingAgencyCode');
    expect(agency.body.message).toContain('NO_SUCH_AGENCY');
    const external = await coordinator.post('/tips', tipBody({ investigatingAgencyCode: 'EXT_MONDULKIRI' }));
    expect(external.status).toBe(400);
    expect((await coordinator.get('/catalogue/versions/99')).status).toBe(404);
  });

  it('serves the OpenAPI document and health', async () => {
    const docs = await system.http.get('/docs-json');
    expect(docs.status).toBe(200);
    expect(Object.keys(docs.body.paths)).toEqual(expect.arrayContaining(['/tips', '/tasks/{id}/complete', '/escalations/{id}/acknowledge']));
    const health = await system.http.get('/health');
    expect(health.body).toEqual({ status: 'up', postgres: 'up', temporal: 'up' });
  });
});
