import { isReadOnlyRequest } from './read-only-request';

describe('isReadOnlyRequest', () => {
  it.each([
    ['GET', '/temporal-ui/api/v1/namespaces/default/workflows'],
    ['HEAD', '/temporal-ui/'],
    ['POST', '/temporal-ui/api/v1/namespaces/default/workflows/tip-verification-TIP-1/query/__stack_trace'],
  ])('lets %s %s through', (method, path) => expect(isReadOnlyRequest(method, path)).toBe(true));

  it.each([
    ['POST', '/temporal-ui/api/v1/namespaces/default/workflows/tip-verification-TIP-1/terminate'],
    ['POST', '/temporal-ui/api/v1/namespaces/default/workflows/tip-verification-TIP-1/cancel'],
    ['POST', '/temporal-ui/api/v1/namespaces/default/workflows/tip-verification-TIP-1/signal/x'],
    ['POST', '/temporal-ui/api/v1/namespaces/default/workflows/tip-verification-TIP-1/reset'],
    ['POST', '/temporal-ui/api/v1/namespaces/default/batch-operations/b1'],
    ['POST', '/temporal-ui/api/v1/namespaces/default/workflows/a/query/b/../../terminate'],
    ['POST', '/temporal-ui/api/v1/namespaces/default/workflows/a/query/b%2F..%2F..%2Fterminate'],
    ['PUT', '/temporal-ui/api/v1/namespaces/default'],
    ['DELETE', '/temporal-ui/api/v1/namespaces/default/schedules/s'],
    ['PATCH', '/temporal-ui/api/v1/namespaces/default/workflows/a/query/b'],
  ])('refuses %s %s', (method, path) => expect(isReadOnlyRequest(method, path)).toBe(false));
});
