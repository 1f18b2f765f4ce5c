import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError, environment } from './environment';

const KEY = Buffer.alloc(32, 7).toString('base64');
const production = { NODE_ENV: 'production', JWT_SECRET: 'a-secret-long-enough-for-production-use', DATA_ENCRYPTION_KEY: KEY };

function failure(env: Record<string, string>): string {
  try {
    environment(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error('expected the configuration to be refused');
}

describe('environment', () => {
  it('gives the documented defaults when nothing is set in development', () => {
    const env = environment({ NODE_ENV: 'development' });
    expect(env).toMatchObject({
      PORT: 3000,
      SESSION_MAX_AGE_SECONDS: 604_800,
      COOKIE_SECURE: false,
      TRUST_PROXY: false,
      TEMPORAL_ADDRESS: 'localhost:7233',
      WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: 40,
      WORKER_SHUTDOWN_GRACE_MS: 0,
    });
    expect(env.WORKER_MAX_CACHED_WORKFLOWS).toBeUndefined();
  });

  it('refuses a duration with a unit instead of silently using the default, naming the variable and the value', () => {
    const message = failure({ ...production, SESSION_MAX_AGE_SECONDS: '8h' });
    expect(message).toContain('SESSION_MAX_AGE_SECONDS');
    expect(message).toContain('"8h"');
  });

  it('names every wrong variable at once', () => {
    const message = failure({ ...production, PORT: '70000', LOGIN_LOCKOUT_FAILURES: 'five' });
    expect(message).toMatch(/PORT:.*"70000"/);
    expect(message).toMatch(/LOGIN_LOCKOUT_FAILURES:.*"five"/);
  });

  it.each([
    ['true', true],
    ['1', true],
    ['FALSE', false],
    ['0', false],
  ])('reads COOKIE_SECURE=%s as %s', (value, expected) => {
    expect(environment({ ...production, COOKIE_SECURE: value }).COOKIE_SECURE).toBe(expected);
  });

  it('refuses COOKIE_SECURE=yes', () => {
    expect(failure({ ...production, COOKIE_SECURE: 'yes' })).toContain('COOKIE_SECURE');
  });

  it.each([
    ['false', false],
    ['true', true],
    ['1', 1],
    ['loopback, 10.0.0.0/8', ['loopback', '10.0.0.0/8']],
  ])('reads TRUST_PROXY=%s for express', (value, expected) => {
    expect(environment({ ...production, TRUST_PROXY: value }).TRUST_PROXY).toEqual(expected);
  });

  it('refuses a TRUST_PROXY entry that is not an address', () => {
    expect(failure({ ...production, TRUST_PROXY: 'nginx' })).toContain('not nginx');
  });

  it('requires the secrets outside development and tests, without echoing secret values', () => {
    const message = failure({ NODE_ENV: 'production' });
    expect(message).toContain('JWT_SECRET');
    expect(message).toContain('DATA_ENCRYPTION_KEY');
    expect(failure({})).toContain('DATA_ENCRYPTION_KEY');
    const wrongKey = failure({ ...production, DATA_ENCRYPTION_KEY: 'c2hvcnQ=' });
    expect(wrongKey).toContain('32 random bytes');
    expect(wrongKey).not.toContain('c2hvcnQ=');
  });

  it('points TOKEN_TTL_SECONDS users to its replacement', () => {
    expect(failure({ ...production, TOKEN_TTL_SECONDS: '3600' })).toContain('ACCESS_TOKEN_TTL_SECONDS');
  });

  it('treats empty values as unset', () => {
    expect(environment({ ...production, PORT: '', COOKIE_SECURE: ' ' }).PORT).toBe(3000);
  });

  it('checks Temporal TLS files exist and that certificate and key come together', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tls-'));
    writeFileSync(join(dir, 'client.pem'), 'x');
    expect(failure({ ...production, TEMPORAL_TLS_CA_PATH: join(dir, 'missing.pem') })).toContain('TEMPORAL_TLS_CA_PATH: no such file');
    expect(failure({ ...production, TEMPORAL_TLS_CERT_PATH: join(dir, 'client.pem') })).toContain('go together');
    expect(environment({ ...production, TEMPORAL_TLS: 'true', TEMPORAL_API_KEY: 'k' }).TEMPORAL_TLS).toBe(true);
    expect(failure({ ...production, TEMPORAL_TLS: 'false', TEMPORAL_TLS_CA_PATH: join(dir, 'client.pem') })).toContain(
      'TEMPORAL_TLS: false, yet TEMPORAL_TLS_CA_PATH or TEMPORAL_TLS_CERT_PATH is set',
    );
  });

  it('takes the codec endpoint’s CORS origins as bare origins only', () => {
    expect(
      environment({ ...production, TEMPORAL_CODEC_CORS_ORIGINS: 'https://ui.example.vn, http://10.0.0.5:8080' }).TEMPORAL_CODEC_CORS_ORIGINS,
    ).toEqual(['https://ui.example.vn', 'http://10.0.0.5:8080']);
    expect(failure({ ...production, TEMPORAL_CODEC_CORS_ORIGINS: 'https://ui.example.vn/' })).toContain(
      'TEMPORAL_CODEC_CORS_ORIGINS: expected origins like https://temporal-ui.example.vn (no path, no trailing slash); not https://ui.example.vn/',
    );
    expect(failure({ ...production, TEMPORAL_CODEC_CORS_ORIGINS: '*' })).toContain('not *');
  });

  it('refuses a DATABASE_URL that is not PostgreSQL', () => {
    expect(failure({ ...production, DATABASE_URL: 'mysql://a@b/c' })).toContain('DATABASE_URL');
    expect(environment({ ...production, DATABASE_URL: 'postgres://u:p@db:5432/app' }).DATABASE_URL).toBe('postgres://u:p@db:5432/app');
  });
});
