import { existsSync } from 'node:fs';
import { isIP } from 'node:net';
import { z } from 'zod';

/*
 * Every setting the processes read, in one schema: a wrong value stops the start with a message naming the variable,
 * instead of silently falling back to a default. docs/configuration.md is the reference table for these names.
 * An empty value counts as unset (compose passes `${VAR:-}` as an empty string).
 */

const wholeNumber = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  z.string().trim().regex(/^\d+$/, 'expected a whole number (digits only, no unit)').transform(Number).pipe(z.number().int().min(min).max(max));

const flag = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum(['true', 'false', '1', '0'], { error: 'expected true, false, 1 or 0' }))
  .transform((v) => v === 'true' || v === '1');

const readableFile = z
  .string()
  .trim()
  .refine((path) => existsSync(path), { error: 'no such file' });

/** Express's `trust proxy`: true/false, a hop count, or a comma-separated list of addresses, subnets or loopback/linklocal/uniquelocal. */
const trustProxy = z
  .string()
  .trim()
  .transform((value, context): boolean | number | string[] => {
    const lower = value.toLowerCase();
    if (lower === 'true' || lower === 'false') return lower === 'true';
    if (/^\d+$/.test(value)) return Number(value);
    const entries = value.split(',').map((e) => e.trim());
    const valid = (e: string) => ['loopback', 'linklocal', 'uniquelocal'].includes(e) || isIP(e.split('/')[0]) !== 0;
    const wrong = entries.filter((e) => !valid(e));
    if (wrong.length)
      context.addIssue({ code: 'custom', message: `expected true, false, a hop count or addresses/subnets; not ${wrong.join(', ')}` });
    return entries;
  });

/** A comma-separated list of browser origins: scheme, host and optional port, nothing after (no path, no slash). */
const originList = z
  .string()
  .trim()
  .transform((value, context): string[] => {
    const origins = value
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean);
    const isOrigin = (o: string) => {
      try {
        const url = new URL(o);
        return ['http:', 'https:'].includes(url.protocol) && url.origin === o;
      } catch {
        return false;
      }
    };
    const wrong = origins.filter((o) => !isOrigin(o));
    if (wrong.length)
      context.addIssue({
        code: 'custom',
        message: `expected origins like https://temporal-ui.example.vn (no path, no trailing slash); not ${wrong.join(', ')}`,
      });
    return origins;
  });

const base64Key = z
  .string()
  .trim()
  .refine((v) => /^[A-Za-z0-9+/]+={0,2}$/.test(v) && Buffer.from(v, 'base64').length === 32, {
    error: 'expected 32 random bytes, base64-encoded (openssl rand -base64 32)',
  });

const schema = z
  .object({
    NODE_ENV: z.enum(['production', 'development', 'test']).optional(),
    PORT: wholeNumber(1, 65_535).default(3000),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'expected postgres://user:password@host:port/database' }).optional(),
    /** The schema owner the migration step connects as; unset: DATABASE_URL (then no role separation). */
    DATABASE_MIGRATION_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'expected postgres://user:password@host:port/database' }).optional(),
    /** A read-only role the migration step grants SELECT on every table to (reports, audit:verify). */
    DATABASE_REPORTING_ROLE: z
      .string()
      .trim()
      .regex(/^[a-z_][a-z0-9_]*$/, 'expected a PostgreSQL role name (lower case, digits, _)')
      .optional(),

    JWT_SECRET: z.string().optional(),
    DATA_ENCRYPTION_KEY: base64Key.optional(),
    /** KEKs of sealed columns (src/common/crypto/key-file.ts); absent: one KEK derived from DATA_ENCRYPTION_KEY. */
    DATA_KEYS_FILE: z.string().trim().optional(),
    TOKEN_TTL_SECONDS: z.never({ error: 'no longer used: set ACCESS_TOKEN_TTL_SECONDS (and REFRESH_TOKEN_TTL_SECONDS) instead' }).optional(),
    ACCESS_TOKEN_TTL_SECONDS: wholeNumber(1).default(15 * 60),
    REFRESH_TOKEN_TTL_SECONDS: wholeNumber(1).default(12 * 3600),
    SESSION_MAX_AGE_SECONDS: wholeNumber(1).default(7 * 24 * 3600),
    LOGIN_LOCKOUT_FAILURES: wholeNumber(1).default(5),
    LOGIN_LOCKOUT_WINDOW_SECONDS: wholeNumber(1).default(15 * 60),
    LOGIN_LOCKOUT_SECONDS: wholeNumber(1).default(15 * 60),
    LOGIN_ACCOUNT_MAX_ATTEMPTS: wholeNumber(1).default(10),
    LOGIN_ACCOUNT_WINDOW_SECONDS: wholeNumber(1).default(60),
    LOGIN_ADDRESS_MAX_FAILURES: wholeNumber(1).default(20),
    LOGIN_ADDRESS_WINDOW_SECONDS: wholeNumber(1).default(5 * 60),
    COOKIE_SECURE: flag.default(false),
    TRUST_PROXY: trustProxy.default(false),

    TEMPORAL_ADDRESS: z
      .string()
      .trim()
      .regex(/^[^\s:]+:\d+$/, 'expected host:port')
      .default('localhost:7233'),
    TEMPORAL_NAMESPACE: z.string().trim().min(1).default('default'),
    TEMPORAL_TASK_QUEUE: z.string().trim().min(1).default('anti-trafficking'),
    TEMPORAL_CALL_TIMEOUT_MS: wholeNumber(1).default(15_000),
    TEMPORAL_TLS: flag.optional(),
    TEMPORAL_TLS_CA_PATH: readableFile.optional(),
    TEMPORAL_TLS_CERT_PATH: readableFile.optional(),
    TEMPORAL_TLS_KEY_PATH: readableFile.optional(),
    TEMPORAL_TLS_SERVER_NAME: z.string().trim().min(1).optional(),
    TEMPORAL_API_KEY: z.string().trim().min(1).optional(),
    /** The Temporal Web UI server the API serves under /temporal-ui/ behind its login; unset: no UI (docs/operations.md). */
    TEMPORAL_UI_UPSTREAM: z.url({ protocol: /^https?$/, error: 'expected http://host:port of the Temporal UI server' }).optional(),
    /** Browser origins of the Temporal Web UI that may call the API's codec endpoint (src/modules/codec/). */
    TEMPORAL_CODEC_CORS_ORIGINS: originList.optional(),

    WORKER_MAX_CACHED_WORKFLOWS: wholeNumber(0).optional(),
    WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: wholeNumber(2).default(40),
    WORKER_MAX_CONCURRENT_ACTIVITIES: wholeNumber(1).default(100),
    WORKER_MAX_CONCURRENT_LOCAL_ACTIVITIES: wholeNumber(1).default(100),
    WORKER_SHUTDOWN_GRACE_MS: wholeNumber(0).default(0),
    /** How long a woken workflow's task waits for the worker that holds it in cache before any worker takes it. */
    WORKER_STICKY_QUEUE_TIMEOUT_MS: wholeNumber(100).optional(),
    WORKER_HEALTH_FILE: z.string().trim().optional(),
    /** host:port where the worker serves the Temporal SDK's Prometheus metrics (polls, task latency, slots); unset: off. */
    WORKER_METRICS_ADDRESS: z
      .string()
      .trim()
      .regex(/^[^\s:]+:\d+$/, 'expected host:port, e.g. 0.0.0.0:9464')
      .optional(),

    EVENTS_MAX_STREAM_MS: wholeNumber(1).default(15 * 60_000),
    EVENTS_POLL_MS: wholeNumber(1).default(2000),
    EVENTS_MAX_STREAMS_PER_SESSION: wholeNumber(1).default(4),
    EVENTS_MAX_STREAMS_PER_USER: wholeNumber(1).default(12),
    EVENTS_MAX_STREAMS: wholeNumber(1).default(2000),
    EVENTS_SESSION_CHECK_MS: wholeNumber(1).default(3000),
    PENDING_START_SWEEP_MS: wholeNumber(1).default(15_000),
    LATE_REGISTRATION_HOURS: wholeNumber(1).default(24),
    TIP_TASKS_WAIT_MS: wholeNumber(0).default(5000),
    /** The purge job (in the worker): how often it runs (0: never), and how long each kind of spent row is kept. */
    PURGE_INTERVAL_MS: wholeNumber(0).default(3_600_000),
    PURGE_IDEMPOTENCY_HOURS: wholeNumber(1).default(24),
    PURGE_LOGIN_EVENTS_DAYS: wholeNumber(1).default(90),
    PURGE_SESSIONS_DAYS: wholeNumber(1).default(30),
    /** Origins besides the API's own host that may make cookie-authenticated writes (comma-separated). */
    ALLOWED_ORIGINS: z.string().trim().optional(),
    API_DOCS: flag.optional(),
    WEB_DIST_DIR: z.string().trim().optional(),
    WORKFLOW_BUNDLE_PATH: z.string().trim().optional(),

    /** Unset: info, or error under tests (the access line of every test request is noise). */
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).optional(),
    METRICS_ENABLED: flag.default(true),
  })
  .superRefine((env, context) => {
    // Random per-process secrets only where nothing sealed must survive: development and tests.
    const throwaway = env.NODE_ENV === 'development' || env.NODE_ENV === 'test';
    for (const name of ['JWT_SECRET', 'DATA_ENCRYPTION_KEY'] as const)
      if (!throwaway && !env[name])
        context.addIssue({ code: 'custom', path: [name], message: 'required unless NODE_ENV is development or test (see .env.example)' });
    if (env.JWT_SECRET && env.JWT_SECRET.length < 32 && !throwaway)
      context.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'expected at least 32 characters (openssl rand -base64 48)' });
    if (Boolean(env.TEMPORAL_TLS_CERT_PATH) !== Boolean(env.TEMPORAL_TLS_KEY_PATH))
      context.addIssue({ code: 'custom', path: ['TEMPORAL_TLS_KEY_PATH'], message: 'TEMPORAL_TLS_CERT_PATH and TEMPORAL_TLS_KEY_PATH go together' });
    if (env.TEMPORAL_TLS === false && (env.TEMPORAL_TLS_CERT_PATH || env.TEMPORAL_TLS_CA_PATH))
      context.addIssue({
        code: 'custom',
        path: ['TEMPORAL_TLS'],
        message: 'false, yet TEMPORAL_TLS_CA_PATH or TEMPORAL_TLS_CERT_PATH is set: remove them or set TEMPORAL_TLS=true',
      });
  });

export type Environment = z.output<typeof schema>;

/** A setting that does not fit the schema; the message names every wrong variable, one per line. */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}

/** The validated settings (parsed on every call, so tests that change process.env see their change). */
export function environment(source: NodeJS.ProcessEnv = process.env): Environment {
  const given = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const result = schema.safeParse(given);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? 'configuration');
    const value = source[name];
    const shown = value === undefined || /SECRET|KEY|PASSWORD|URL/.test(name) ? '' : ` (got "${value}")`;
    return `  ${name}: ${issue.message}${shown}`;
  });
  throw new ConfigurationError(`Invalid configuration:\n${lines.join('\n')}`);
}
