import { randomUUID } from 'node:crypto';

/** A valid tip registration body; override what a test cares about. */
export function tipBody(overrides: Record<string, unknown> = {}): Record<string, any> {
  return {
    channel: 'HOTLINE_111',
    receivedAt: new Date().toISOString(),
    summary: 'Caller reports a young woman held at a casino compound across the border',
    location: 'xã Quảng Trực',
    urgency: 'NORMAL',
    ...overrides,
  };
}

export const idempotencyKey = () => `key-${randomUUID()}`;
