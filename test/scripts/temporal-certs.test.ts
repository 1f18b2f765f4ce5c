import { X509Certificate } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Plain CommonJS: it runs before any build, on a server without openssl.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createTemporalCertificates } = require('../../scripts/temporal-certs');

const cert = (file: string) => new X509Certificate(readFileSync(file));

/**
 * The certificates Temporal's mutual TLS runs on, checked with Node's X.509 parser (the same OpenSSL that grpc-js
 * uses); test/ops/temporal-mtls.test.ts proves them against the Temporal server (Go) and the worker (Rust).
 */
describe('npm run temporal:certs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'temporal-certs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('makes a CA that signs a server certificate for the server names and one client certificate per client', () => {
    const made = createTemporalCertificates({ out: dir, hosts: ['temporal.internal', '10.0.0.5'], clients: ['api', 'worker'] });
    const ca = cert(made.ca);
    expect(ca.ca).toBe(true);
    expect(ca.checkIssued(ca)).toBe(true);
    const server = cert(made.server.cert);
    expect(server.ca).toBe(false);
    expect(server.verify(ca.publicKey)).toBe(true);
    expect(server.subjectAltName).toBe('DNS:temporal, DNS:temporal.internal, IP Address:10.0.0.5');
    expect(server.checkHost('temporal')).toBe('temporal');
    expect(server.keyUsage).toEqual(expect.arrayContaining(['1.3.6.1.5.5.7.3.1', '1.3.6.1.5.5.7.3.2']));
    for (const name of ['api', 'worker']) {
      const client = cert(made.clients[name].cert);
      expect(client.verify(ca.publicKey)).toBe(true);
      expect(client.subject).toContain(`CN=temporal-client-${name}`);
      expect(client.keyUsage).toEqual(['1.3.6.1.5.5.7.3.2']);
      expect(statSync(made.clients[name].key).mode & 0o777).toBe(0o600);
    }
    const days = (new Date(server.validTo).getTime() - Date.now()) / 86_400_000;
    expect(Math.round(days)).toBe(397);
  });

  it('renews the leaves under the same CA, does nothing with --if-missing, and keeps the old CA trusted after --new-ca', () => {
    const before = readFileSync(join(dir, 'server.pem'), 'utf8');
    const caBefore = readFileSync(join(dir, 'ca.pem'), 'utf8');
    expect(createTemporalCertificates({ out: dir, ifMissing: true })).toBeUndefined();
    expect(readFileSync(join(dir, 'server.pem'), 'utf8')).toBe(before);

    createTemporalCertificates({ out: dir });
    expect(readFileSync(join(dir, 'ca.pem'), 'utf8')).toBe(caBefore);
    expect(readFileSync(join(dir, 'server.pem'), 'utf8')).not.toBe(before);

    const renewed = createTemporalCertificates({ out: dir, newCa: true });
    expect(readFileSync(renewed.ca, 'utf8')).not.toBe(caBefore);
    expect(readFileSync(join(dir, 'ca-previous.pem'), 'utf8')).toBe(caBefore);
    expect(readFileSync(renewed.caBundle, 'utf8')).toBe(readFileSync(renewed.ca, 'utf8') + caBefore);
    expect(cert(renewed.server.cert).verify(cert(renewed.ca).publicKey)).toBe(true);
    expect(existsSync(join(dir, 'ca.key'))).toBe(true);
  });
});
