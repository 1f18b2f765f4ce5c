import { checkDocumentedStatus } from './openapi-contract';

export interface HttpResult<T = any> {
  status: number;
  body: T;
  /** Response headers, names in lower case. */
  headers?: Record<string, string>;
}

/** Real HTTP against the API under test. */
export class HttpClient {
  constructor(
    readonly baseUrl: string,
    private readonly token?: string,
  ) {}

  as(token: string): HttpClient {
    return new HttpClient(this.baseUrl, token);
  }

  get<T = any>(path: string): Promise<HttpResult<T>> {
    return this.request('GET', path);
  }

  post<T = any>(path: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpResult<T>> {
    return this.request('POST', path, body, headers);
  }

  put<T = any>(path: string, body?: unknown): Promise<HttpResult<T>> {
    return this.request('PUT', path, body);
  }

  /** Any method, any body as given (a string goes as it is): for hostile-input tests. */
  send<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpResult<T>> {
    return this.request(method, path, body, headers);
  }

  private async request<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpResult<T>> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        // Existing assertions read English messages; Vietnamese (the API's default) is asked for explicitly.
        ...(Object.keys(headers).some((h) => h.toLowerCase() === 'accept-language') ? {} : { 'accept-language': 'en' }),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    // A live event stream never ends by itself: its answer is the status and headers; the body is left unread.
    if (response.headers.get('content-type')?.startsWith('text/event-stream')) {
      await response.body?.cancel();
      await checkDocumentedStatus(this.baseUrl, method, path, response.status, null);
      return { status: response.status, body: null as T };
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      /* not JSON: keep the text */
    }
    // Every response of every end-to-end test is held to the OpenAPI document: an undeclared status fails the test.
    await checkDocumentedStatus(this.baseUrl, method, path, response.status, parsed);
    return { status: response.status, body: parsed as T, headers: Object.fromEntries(response.headers) };
  }
}
