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

  post<T = any>(path: string, body: unknown): Promise<ApiAnswer<T>> {
    return this.send('POST', path, body);
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

  private async send<T>(method: string, path: string, body?: unknown): Promise<ApiAnswer<T>> {
    const token = await (this.token ??= this.login());
    return request<T>(this.baseUrl, method, path, body, token);
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

async function request<T>(baseUrl: string, method: string, path: string, body?: unknown, token?: string): Promise<ApiAnswer<T>> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text for the error message
  }
  return { status: response.status, body: parsed as T };
}
