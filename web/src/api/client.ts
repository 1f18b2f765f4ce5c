import createClient, { type Middleware } from 'openapi-fetch';
import i18n from 'i18next';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
export type ErrorBody = Schemas['ErrorBody'];

let refreshing: Promise<boolean> | undefined;

/**
 * One renewal at a time: the refresh token is single-use, so two tabs' or two requests' parallel refreshes would
 * look like a stolen token and end the session.
 */
function refreshSession(): Promise<boolean> {
  refreshing ??= fetch('/auth/web/refresh', { method: 'POST', credentials: 'same-origin' })
    .then((response) => response.ok)
    .finally(() => (refreshing = undefined));
  return refreshing;
}

/** The session is in HttpOnly cookies; an expired access token is renewed once and the request replayed. */
const replayable = new WeakMap<Request, Request>();
const sessionMiddleware: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', i18n.language === 'en' ? 'en' : 'vi');
    replayable.set(request, request.clone());
    return request;
  },
  async onResponse({ request, response }) {
    if (response.status !== 401 || request.url.includes('/auth/web/')) return response;
    if (!(await refreshSession())) return response;
    return fetch(replayable.get(request) ?? request);
  },
};

export const api = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });
api.use(sessionMiddleware);

/** The API's error body, or a generic one when the answer was not JSON (network failure, proxy page). */
export function asErrorBody(error: unknown, status = 0): ErrorBody {
  if (error && typeof error === 'object' && 'code' in error && 'message' in error) return error as ErrorBody;
  return { statusCode: status, code: 'INTERNAL', message: i18n.t('common.unexpectedError') };
}

/** Thrown by `unwrap` so TanStack Query sees failures; carries the API's error body for field messages. */
export class ApiError extends Error {
  constructor(readonly body: ErrorBody) {
    super(body.message);
  }
}

export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) throw new ApiError(asErrorBody(result.error, result.response.status));
  return result.data as T;
}
