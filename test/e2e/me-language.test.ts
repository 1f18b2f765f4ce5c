import { startTestSystem, TestSystem } from '../support/test-system';

/** The web app's language is kept with the account: chosen once, it comes back in GET /me on any computer. */
describe('my language', () => {
  let system: TestSystem;
  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
  });
  afterAll(() => system?.close());

  it('is Vietnamese until the user chooses, then the choice of that user only, in every session', async () => {
    const officer = await system.as('officer');
    expect((await officer.get('/me')).body.language).toBe('vi');

    expect((await officer.put('/me/language', { language: 'en' })).status).toBe(204);
    expect((await officer.get('/me')).body.language).toBe('en');
    // A new session (another computer) answers the same; another user keeps theirs.
    expect((await (await system.as('officer')).get('/me')).body.language).toBe('en');
    expect((await (await system.as('coordinator')).get('/me')).body.language).toBe('vi');

    expect((await officer.put('/me/language', { language: 'vi' })).status).toBe(204);
    expect((await officer.get('/me')).body.language).toBe('vi');
  });

  it('refuses a language the app does not have, and anonymous callers', async () => {
    const officer = await system.as('officer');
    const refused = await officer.put('/me/language', { language: 'fr' });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('VALIDATION_FAILED');
    expect((await officer.put('/me/language', {})).status).toBe(400);
    expect((await system.http.put('/me/language', { language: 'en' })).status).toBe(401);
    expect((await officer.get('/me')).body.language).toBe('vi');
  });
});
