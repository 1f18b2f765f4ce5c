import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { environment } from '../config/environment';
import { exitOnInvalidEnvironment } from '../config/exit-on-invalid-environment';
import { securityConfig } from '../config/security.config';
import { EnvelopeSealer } from '../common/crypto/envelope-sealer';
import { DERIVED_KEK_ID, FileKeyProvider } from '../common/crypto/file-key-provider';
import type { KeyFile } from '../common/crypto/key-file';
import { dataSourceOptions } from './data-source-options';
import { countByKek } from './sealing/count-by-kek';
import { resealColumns } from './sealing/reseal-columns';

/** A new KEK in the key file, made current; written to a temporary file and renamed, so readers never see half of it. */
function addKek(file: string, now: Date): string {
  const keys: KeyFile = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as KeyFile) : { current: DERIVED_KEK_ID, keks: {} };
  const id = `kek-${now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '')}-${randomBytes(2).toString('hex')}`;
  keys.keks[id] = randomBytes(32).toString('base64');
  keys.current = id;
  writeKeyFile(file, keys);
  return id;
}

function writeKeyFile(file: string, keys: KeyFile): void {
  writeFileSync(`${file}.tmp`, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600 });
  renameSync(`${file}.tmp`, file);
}

/** Drops from the key file the KEKs no value names any more (the current one always stays). */
function retireUnused(file: string, used: Record<string, number>): string[] {
  const keys = JSON.parse(readFileSync(file, 'utf8')) as KeyFile;
  const retired = Object.keys(keys.keks).filter((id) => id !== keys.current && !used[id]);
  for (const id of retired) delete keys.keks[id];
  if (retired.length) writeKeyFile(file, keys);
  return retired;
}

/**
 * `npm run keys:rotate [-- --finish | --retire]`: adds a KEK to DATA_KEYS_FILE and makes it current, then re-wraps
 * every sealed value under it (and seals any still in clear), in batches, while the API and worker run: they read any
 * KEK of the file and pick up the new current one within a second. `--finish` only completes an interrupted pass;
 * `--retire` also removes from the file the KEKs no value names any more (run it after a complete pass, once the
 * backups sealed under them have expired).
 */
async function main(): Promise<void> {
  exitOnInvalidEnvironment('keys:rotate');
  const file = environment().DATA_KEYS_FILE;
  if (!file) throw new Error('DATA_KEYS_FILE is not set: the key file to add the new key to');
  const args = process.argv.slice(2);
  if (!args.includes('--finish')) console.log(`New key-encryption key ${addKek(file, new Date())} is current in ${file}`);
  const sealer = new EnvelopeSealer(new FileKeyProvider(securityConfig().dataKey, file, 0));
  const db = await new DataSource(dataSourceOptions()).initialize();
  try {
    const started = Date.now();
    for (const count of await resealColumns(db, sealer))
      console.log(`  ${count.column}: ${count.changed} re-sealed${count.raced ? `, ${count.raced} rewritten meanwhile by the application` : ''}`);
    const byKek = await countByKek(db);
    console.log(`Values by key (${Date.now() - started} ms): ${JSON.stringify(byKek)}`);
    if (args.includes('--retire')) console.log(`Retired: ${retireUnused(file, byKek).join(', ') || 'none'}`);
  } finally {
    await db.destroy();
  }
}

main().catch((error: Error) => {
  console.error(`keys:rotate failed: ${error.message}`);
  process.exit(1);
});
