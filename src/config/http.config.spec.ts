import { httpConfig } from './http.config';

describe('httpConfig().apiDocs', () => {
  const saved = {
    NODE_ENV: process.env.NODE_ENV,
    API_DOCS: process.env.API_DOCS,
    JWT_SECRET: process.env.JWT_SECRET,
    DATA_ENCRYPTION_KEY: process.env.DATA_ENCRYPTION_KEY,
  };
  // Production requires its secrets (the settings schema refuses to start without them).
  beforeEach(() => Object.assign(process.env, { JWT_SECRET: 'x'.repeat(32), DATA_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64') }));
  afterEach(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });
  const docsWith = (nodeEnv: string, apiDocs?: string) => {
    process.env.NODE_ENV = nodeEnv;
    if (apiDocs === undefined) delete process.env.API_DOCS;
    else process.env.API_DOCS = apiDocs;
    return httpConfig().apiDocs;
  };

  it('serves /docs in development and tests, not in production unless enabled', () => {
    expect(docsWith('development')).toBe(true);
    expect(docsWith('test')).toBe(true);
    expect(docsWith('production')).toBe(false);
    expect(docsWith('production', '0')).toBe(false);
    expect(docsWith('production', '1')).toBe(true);
  });
});
