'use strict';
// Certificates for mutual TLS between the Temporal server and its only clients (the API and the worker), made with
// Node's own crypto: no openssl needed on the province's server. One CA signs a server certificate (frontend and
// internode; it also authenticates the server's own components to each other) and one client certificate per client.
// Keys are ECDSA P-256 in PKCS#8 PEM, readable by their owner only. Plain CommonJS so it runs before `npm run build`.
//
//   npm run temporal:certs -- [--out .data/temporal-certs] [--server-name temporal] [--hosts localhost,127.0.0.1]
//                             [--clients api,worker] [--days 397] [--ca-days 3650] [--new-ca] [--if-missing] [--owner uid:gid]
//
// Files in --out: ca.pem (this CA), ca.key (keep it offline once the certificates exist), ca-bundle.pem (every CA to
// trust: this one, plus the previous one after --new-ca, for the changeover), server.pem/.key, <client>.pem/.key.
// Re-running keeps the CA and issues new server and client certificates (rotation); --new-ca makes a new CA too.
// --if-missing does nothing when the server certificate exists (compose's first start); --owner hands the files to the
// containers' user (uid 1000 in the node, Temporal server and UI images) when run as root.
// docs/operations.md "Temporal certificates" tells how to install and rotate them.

const { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, sign, X509Certificate } = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

// --- DER, just what a certificate needs -----------------------------------------------------------------------------

function length(n) {
  if (n < 0x80) return Buffer.from([n]);
  const bytes = [];
  for (let v = n; v > 0; v >>= 8) bytes.unshift(v & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}
const tlv = (tag, content) => Buffer.concat([Buffer.from([tag]), length(content.length), content]);
const seq = (...parts) => tlv(0x30, Buffer.concat(parts));
const set = (...parts) => tlv(0x31, Buffer.concat(parts));
const explicit = (n, content) => tlv(0xa0 + n, content);
const octets = (content) => tlv(0x04, content);
const bool = (value) => tlv(0x01, Buffer.from([value ? 0xff : 0]));
const utf8 = (text) => tlv(0x0c, Buffer.from(text, 'utf8'));
const bits = (content, unused = 0) => tlv(0x03, Buffer.concat([Buffer.from([unused]), content]));

function integer(bytes) {
  let b = Buffer.from(bytes);
  while (b.length > 1 && b[0] === 0 && !(b[1] & 0x80)) b = b.subarray(1);
  return tlv(0x02, b[0] & 0x80 ? Buffer.concat([Buffer.from([0]), b]) : b);
}

function oid(dotted) {
  const [a, b, ...rest] = dotted.split('.').map(Number);
  const out = [40 * a + b];
  for (const n of rest) {
    const chunk = [n & 0x7f];
    for (let v = n >> 7; v > 0; v >>= 7) chunk.unshift((v & 0x7f) | 0x80);
    out.push(...chunk);
  }
  return tlv(0x06, Buffer.from(out));
}

/** UTCTime until 2049, GeneralizedTime from 2050 (RFC 5280 4.1.2.5). */
function time(date) {
  const iso = date.toISOString().replace(/[-:T]/g, '').slice(0, 14) + 'Z';
  return date.getUTCFullYear() < 2050 ? tlv(0x17, Buffer.from(iso.slice(2))) : tlv(0x18, Buffer.from(iso));
}

const OID = {
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  commonName: '2.5.4.3',
  organization: '2.5.4.10',
  subjectKeyId: '2.5.29.14',
  keyUsage: '2.5.29.15',
  subjectAltName: '2.5.29.17',
  basicConstraints: '2.5.29.19',
  authorityKeyId: '2.5.29.35',
  extKeyUsage: '2.5.29.37',
  serverAuth: '1.3.6.1.5.5.7.3.1',
  clientAuth: '1.3.6.1.5.5.7.3.2',
};

const name = (commonName) =>
  seq(set(seq(oid(OID.organization), utf8('Anti-trafficking coordination (Temporal)'))), set(seq(oid(OID.commonName), utf8(commonName))));
const extension = (id, critical, value) => seq(oid(id), ...(critical ? [bool(true)] : []), octets(value));

/** keyUsage bits, bit 0 the most significant of the first byte; DER drops the trailing zero bits. */
function keyUsage(...bitNumbers) {
  let value = 0;
  for (const b of bitNumbers) value |= 0x80 >> b;
  let unused = 0;
  while (unused < 7 && !(value & (1 << unused))) unused++;
  return bits(Buffer.from([value]), unused);
}
const KEY_USAGE = { digitalSignature: 0, keyCertSign: 5, cRLSign: 6 };

/** The SHA-1 of the public key's bits, the usual key identifier (RFC 5280 4.2.1.2). */
function keyId(publicKey) {
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  // The last element of the SubjectPublicKeyInfo is the BIT STRING; for P-256 it is the last 66 bytes (03 42 00 04 …).
  return createHash('sha1')
    .update(spki.subarray(spki.length - 65))
    .digest();
}

function subjectAltName(hosts) {
  const names = hosts.map((h) => {
    if (net.isIPv4(h)) return tlv(0x87, Buffer.from(h.split('.').map(Number)));
    if (net.isIPv6(h)) throw new Error(`--hosts ${h}: IPv6 addresses are not supported here; use a DNS name`);
    return tlv(0x82, Buffer.from(h, 'ascii'));
  });
  return seq(...names);
}

/**
 * One X.509 v3 certificate, signed by `issuer` (itself for the CA).
 * @param {{ commonName: string, publicKey: import('node:crypto').KeyObject, days: number, ca?: boolean,
 *   usages?: string[], hosts?: string[], issuer: { commonName: string, privateKey: import('node:crypto').KeyObject, publicKey: import('node:crypto').KeyObject } }} spec
 */
function certificate({ commonName, publicKey, days, ca = false, usages = [], hosts = [], issuer }) {
  const notBefore = new Date(Date.now() - 3600_000); // an hour of slack for clocks a little behind
  const notAfter = new Date(Date.now() + days * 86_400_000);
  const algorithm = seq(oid(OID.ecdsaWithSha256));
  const extensions = [
    extension(OID.basicConstraints, true, ca ? seq(bool(true), integer([0])) : seq()),
    extension(
      OID.keyUsage,
      true,
      ca ? keyUsage(KEY_USAGE.digitalSignature, KEY_USAGE.keyCertSign, KEY_USAGE.cRLSign) : keyUsage(KEY_USAGE.digitalSignature),
    ),
    extension(OID.subjectKeyId, false, octets(keyId(publicKey))),
    extension(OID.authorityKeyId, false, seq(tlv(0x80, keyId(issuer.publicKey)))),
    ...(usages.length ? [extension(OID.extKeyUsage, false, seq(...usages.map((u) => oid(OID[u]))))] : []),
    ...(hosts.length ? [extension(OID.subjectAltName, false, subjectAltName(hosts))] : []),
  ];
  const serial = randomBytes(16);
  serial[0] &= 0x7f;
  const tbs = seq(
    explicit(0, integer([2])),
    integer(serial),
    algorithm,
    name(issuer.commonName),
    seq(time(notBefore), time(notAfter)),
    name(commonName),
    publicKey.export({ type: 'spki', format: 'der' }),
    explicit(3, seq(...extensions)),
  );
  const der = seq(tbs, algorithm, bits(sign('sha256', tbs, issuer.privateKey)));
  return `-----BEGIN CERTIFICATE-----\n${der
    .toString('base64')
    .match(/.{1,64}/g)
    .join('\n')}\n-----END CERTIFICATE-----\n`;
}

// --- files ------------------------------------------------------------------------------------------------------------

const newKey = () => generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const keyPem = (privateKey) => privateKey.export({ type: 'pkcs8', format: 'pem' });
const writeSecret = (file, content) => {
  fs.writeFileSync(file, content, { mode: 0o600 });
  fs.chmodSync(file, 0o600);
};

/**
 * Creates (or renews) the CA, server and client certificates in `out`; returns the paths.
 * @returns {{ dir: string, ca: string, caBundle: string, server: { cert: string, key: string }, clients: Record<string, { cert: string, key: string }>, serverName: string }}
 */
function createTemporalCertificates({
  out,
  serverName = 'temporal',
  hosts = ['localhost', '127.0.0.1'],
  clients = ['api', 'worker'],
  days = 397,
  caDays = 3650,
  newCa = false,
  ifMissing = false,
  owner,
  log = () => undefined,
}) {
  fs.mkdirSync(out, { recursive: true, mode: 0o700 });
  const file = (n) => path.join(out, n);
  if (ifMissing && fs.existsSync(file('server.pem'))) {
    log(`${file('server.pem')} exists: nothing to do (run without --if-missing to renew)`);
    return undefined;
  }
  const caCommonName = 'Temporal CA';
  let caKey;
  let caPem;
  if (!newCa && fs.existsSync(file('ca.key')) && fs.existsSync(file('ca.pem'))) {
    caKey = createPrivateKey(fs.readFileSync(file('ca.key')));
    caPem = fs.readFileSync(file('ca.pem'), 'utf8');
    log(`keeping the CA in ${file('ca.pem')} (valid until ${new X509Certificate(caPem).validTo})`);
  } else {
    if (fs.existsSync(file('ca.pem'))) fs.copyFileSync(file('ca.pem'), file('ca-previous.pem'));
    const pair = newKey();
    caKey = pair.privateKey;
    const self = { commonName: caCommonName, privateKey: pair.privateKey, publicKey: pair.publicKey };
    caPem = certificate({ commonName: caCommonName, publicKey: pair.publicKey, days: caDays, ca: true, issuer: self });
    writeSecret(file('ca.key'), keyPem(caKey));
    fs.writeFileSync(file('ca.pem'), caPem);
    log(`created a new CA: ${file('ca.pem')}`);
  }
  const previous = fs.existsSync(file('ca-previous.pem')) ? fs.readFileSync(file('ca-previous.pem'), 'utf8') : '';
  fs.writeFileSync(file('ca-bundle.pem'), caPem + previous);
  const issuer = { commonName: caCommonName, privateKey: caKey, publicKey: createPublicKey(caKey) };

  const issue = (base, commonName, spec) => {
    const pair = newKey();
    writeSecret(file(`${base}.key`), keyPem(pair.privateKey));
    fs.writeFileSync(file(`${base}.pem`), certificate({ commonName, publicKey: pair.publicKey, days, issuer, ...spec }));
    log(`issued ${file(`${base}.pem`)} (${commonName}, ${days} days)`);
    return { cert: file(`${base}.pem`), key: file(`${base}.key`) };
  };
  // The server's certificate also serves as the client certificate of its own services (internode, system worker).
  const server = issue('server', serverName, { usages: ['serverAuth', 'clientAuth'], hosts: [...new Set([serverName, ...hosts])] });
  const issued = {};
  for (const client of clients) {
    if (!/^[a-z][a-z0-9-]*$/.test(client)) throw new Error(`--clients ${client}: lower-case letters, digits and - only`);
    issued[client] = issue(client, `temporal-client-${client}`, { usages: ['clientAuth'] });
  }
  if (owner) for (const f of [out, ...fs.readdirSync(out).map(file)]) fs.chownSync(f, owner.uid, owner.gid);
  return { dir: out, ca: file('ca.pem'), caBundle: file('ca-bundle.pem'), server, clients: issued, serverName };
}

module.exports = { createTemporalCertificates };

if (require.main === module) {
  const args = process.argv.slice(2);
  const option = (key, fallback) => {
    const i = args.findIndex((a) => a === `--${key}` || a.startsWith(`--${key}=`));
    if (i < 0) return fallback;
    return args[i].includes('=') ? args[i].slice(args[i].indexOf('=') + 1) : args[i + 1];
  };
  const list = (v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  const whole = (key, fallback) => {
    const v = option(key, String(fallback));
    if (!/^\d+$/.test(v) || Number(v) < 1) throw new Error(`--${key}: expected a whole number of days, got "${v}"`);
    return Number(v);
  };
  const ownerOption = (v) => {
    if (!v) return undefined;
    const m = /^(\d+):(\d+)$/.exec(v);
    if (!m) throw new Error(`--owner: expected uid:gid (e.g. 1000:1000), got "${v}"`);
    return { uid: Number(m[1]), gid: Number(m[2]) };
  };
  try {
    const result = createTemporalCertificates({
      out: path.resolve(option('out', path.join(__dirname, '..', '.data', 'temporal-certs'))),
      serverName: option('server-name', 'temporal'),
      hosts: list(option('hosts', 'localhost,127.0.0.1')),
      clients: list(option('clients', 'api,worker')),
      days: whole('days', 397),
      caDays: whole('ca-days', 3650),
      newCa: args.includes('--new-ca'),
      ifMissing: args.includes('--if-missing'),
      owner: ownerOption(option('owner', '')),
      log: (m) => console.log(`temporal-certs: ${m}`),
    });
    if (result)
      console.log(
        `temporal-certs: done. Server name ${result.serverName}; trust ${result.caBundle}. See docs/operations.md "Temporal certificates".`,
      );
  } catch (e) {
    console.error(`temporal-certs: ${e.message}`);
    process.exit(1);
  }
}
