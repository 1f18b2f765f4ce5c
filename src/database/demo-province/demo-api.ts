export interface ApiAnswer<T = any> {
  status: number;
  body: T;
}

/** Thrown when the API answers a demo request with something the seed cannot go on from. */
export class DemoSeedError extends Error {}

/** The API as one demo user sees it: logs in on first use and sends JSON over plain HTTP. */
export class DemoApi {
  private token: Promise<string> | null = null;

  constructor(
    private readonly baseUrl: string,
    readonly username: string,
    private readonly password: string,
  ) {}

  get<T = any>(path: string): Promise<ApiAnswer<T>> {
    return this.send('GET', path);
  }

  post<T = any>(path: string, body: unknown, headers: Record<string, string> = {}): Promise<ApiAnswer<T>> {
    return this.send('POST', path, body, headers);
  }

  put<T = any>(path: string, body: unknown): Promise<ApiAnswer<T>> {
    return this.send('PUT', path, body);
  }

  /** Like `post`, but anything other than the expected statuses stops the seed with the API's own answer. */
  async postExpecting<T = any>(path: string, body: unknown, ok: number[] = [200, 201]): Promise<ApiAnswer<T>> {
    const answer = await this.post<T>(path, body);
    if (!ok.includes(answer.status)) throw new DemoSeedError(`${this.username}: POST ${path} → ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer;
  }

  private async send<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiAnswer<T>> {
    const answer = await request<T>(this.baseUrl, method, path, body, await (this.token ??= this.login()), headers);
    if (answer.status !== 401) return answer;
    // The access token ran out (they are short-lived): log in again, once.
    this.token = null;
    return request<T>(this.baseUrl, method, path, body, await (this.token ??= this.login()), headers);
  }

  private async login(): Promise<string> {
    const answer = await request<{ accessToken?: string }>(this.baseUrl, 'POST', '/auth/login', { username: this.username, password: this.password });
    if (answer.status !== 200 || !answer.body?.accessToken) {
      this.token = null;
      throw new DemoSeedError(`login as ${this.username}: ${answer.status} ${JSON.stringify(answer.body)}`);
    }
    return answer.body.accessToken;
  }
}

/** How long the seed waits in all when the API says it is asked too often (429) before giving the answer up. */
const RATE_LIMIT_PATIENCE_MS = 120_000;

async function request<T>(
  baseUrl: string,
  method: string,
  path: string,
  body?: unknown,
  token?: string,
  headers: Record<string, string> = {},
): Promise<ApiAnswer<T>> {
  const giveUpAt = Date.now() + RATE_LIMIT_PATIENCE_MS;
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    // Logging in as a few dozen people at once can meet the login rate limit: wait as told, then ask again.
    const retryAfterMs = (Number(response.headers.get('retry-after')) || Math.min(2 ** attempt, 10)) * 1000;
    if (response.status !== 429 || Date.now() + retryAfterMs > giveUpAt) return answerOf<T>(response);
    await response.arrayBuffer();
    await new Promise((r) => setTimeout(r, retryAfterMs));
  }
}

async function answerOf<T>(response: Response): Promise<ApiAnswer<T>> {
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text for the error message
  }
  return { status: response.status, body: parsed as T };
}
