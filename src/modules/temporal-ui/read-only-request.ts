import { TEMPORAL_UI_PATH } from './temporal-ui-path';

/** A workflow query (`POST …/namespaces/{ns}/workflows/{id}/query/{name}`): it reads the workflow's state, never changes it. */
const QUERY = new RegExp(`^${TEMPORAL_UI_PATH}/api/v1/namespaces/[^/]+/workflows/[^/]+/query/[^/]+$`);

/**
 * What the proxy lets through to the UI: reads, and workflow queries (which the UI server's own read-only mode lets
 * through as well). Terminate, cancel, signal, update, reset, start, batch operations and every other write are
 * refused here even though the UI server refuses them too, so a misconfigured UI server cannot open a write path.
 */
export function isReadOnlyRequest(method: string, path: string): boolean {
  if (method === 'GET' || method === 'HEAD') return true;
  // An encoded slash or a dot segment could be decoded into another route behind the pattern.
  return method === 'POST' && QUERY.test(path) && !/%2f|%5c|\.\./i.test(path);
}
