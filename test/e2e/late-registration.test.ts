import { eventually } from '../support/eventually';
import { HttpClient } from '../support/http-client';
import { startTestSystem, TestSystem } from '../support/test-system';
import { idempotencyKey, tipBody } from '../support/tip-requests';

const HOUR_MS = 3_600_000;

/** A tip registered more than LATE_REGISTRATION_HOURS (24 by default) after its receipt is flagged, on the tip and on its timeline. */
describe('late registration of a tip', () => {
  let system: TestSystem;
  let coordinator: HttpClient;

  beforeAll(async () => {
    delete process.env.LATE_REGISTRATION_HOURS;
    system = await startTestSystem();
    coordinator = await system.as('coordinator');
  });
  afterAll(() => system?.close());

  const register = async (hoursAgo: number) => {
    const res = await coordinator.post('/tips', tipBody({ receivedAt: new Date(Date.now() - hoursAgo * HOUR_MS).toISOString() }), {
      'Idempotency-Key': idempotencyKey(),
    });
    expect(res.status).toBe(201);
    return res.body;
  };
  const timelineOf = (processId: string) =>
    eventually(async () => {
      const res = await coordinator.get(`/processes/${processId}`);
      return res.status === 200 && res.body.timeline.some((e: any) => e.type === 'TASK_CREATED') && res.body.timeline;
    }, `timeline of ${processId}`);

  it('flags a tip received 30 hours before it was registered, and not one received 2 hours before', async () => {
    const late = await register(30);
    const onTime = await register(2);
    // The delay is counted from the receipt to the registration the system recorded.
    const expectedDelay = Math.floor((Date.parse(late.createdAt) - Date.parse(late.receivedAt)) / HOUR_MS);
    expect(expectedDelay).toBe(30);
    expect(late).toMatchObject({ registeredLate: true, registrationDelayHours: expectedDelay });
    expect(onTime).toMatchObject({ registeredLate: false, registrationDelayHours: null });

    expect((await coordinator.get(`/tips/${late.reference}`)).body).toMatchObject({ registeredLate: true, registrationDelayHours: 30 });
    const listed = (await coordinator.get('/tips')).body;
    expect(listed.find((t: any) => t.id === late.id)).toMatchObject({ registeredLate: true, registrationDelayHours: 30 });
    expect(listed.find((t: any) => t.id === onTime.id)).toMatchObject({ registeredLate: false });

    const flagged = (await timelineOf(late.processId)).filter((e: any) => e.type === 'REGISTERED_LATE');
    expect(flagged).toHaveLength(1);
    expect(flagged[0].detail).toMatchObject({
      receivedAt: Date.parse(late.receivedAt),
      registeredAt: Date.parse(late.createdAt),
      delayHours: 30,
      thresholdHours: 24,
    });
    expect((await timelineOf(onTime.processId)).some((e: any) => e.type === 'REGISTERED_LATE')).toBe(false);

    const labels = (await coordinator.get('/labels')).body.timelineEventTypes;
    expect(labels.find((l: any) => l.value === 'REGISTERED_LATE')).toMatchObject({ vi: 'Đăng ký muộn', en: 'Registered late' });
  });
});
