import { lateRegistration } from './late-registration';

describe('lateRegistration', () => {
  const receivedAt = Date.parse('2026-12-04T23:30:00+07:00');
  const hours = (h: number) => receivedAt + h * 3_600_000;

  it('flags a tip registered after the threshold, with the whole hours of delay', () => {
    expect(lateRegistration(receivedAt, hours(30), 24)).toEqual({ delayHours: 30, thresholdHours: 24 });
    expect(lateRegistration(receivedAt, hours(24.9), 24)).toEqual({ delayHours: 24, thresholdHours: 24 });
  });

  it('leaves a tip registered within the threshold, or at it exactly, unflagged', () => {
    expect(lateRegistration(receivedAt, hours(2), 24)).toBeNull();
    expect(lateRegistration(receivedAt, hours(24), 24)).toBeNull();
    expect(lateRegistration(receivedAt, hours(5), 4)).toEqual({ delayHours: 5, thresholdHours: 4 });
  });
});
