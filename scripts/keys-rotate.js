'use strict';
// `npm run keys:rotate [-- --finish | --retire]`: a new key-encryption key for the sealed columns, and every sealed
// value re-wrapped under it, while the system runs (src/database/keys-rotate.ts). Against the database and keys that
// `npm start` uses (.data/pg-password, .data/dev-secrets.json, .data/data-keys.json) unless DATABASE_URL,
// DATA_ENCRYPTION_KEY and DATA_KEYS_FILE are set. Needs no rebuild, as create-admin (scripts/run-compiled.js).
const fs = require('node:fs');
const path = require('node:path');
const { DATA_DIR, runCompiled } = require('./run-compiled');

runCompiled('keys:rotate', 'src/database/keys-rotate.js', (env) => {
  // The local system's keys go with its database: only when DATABASE_URL was not given.
  if (!process.env.DATABASE_URL) {
    const secrets = path.join(DATA_DIR, 'dev-secrets.json');
    if (!env.DATA_ENCRYPTION_KEY && fs.existsSync(secrets))
      env.DATA_ENCRYPTION_KEY = JSON.parse(fs.readFileSync(secrets, 'utf8')).DATA_ENCRYPTION_KEY;
    env.DATA_KEYS_FILE ||= path.join(DATA_DIR, 'data-keys.json');
  }
  if (!env.DATA_ENCRYPTION_KEY) throw new Error('DATA_ENCRYPTION_KEY is not set: without it the values sealed so far cannot be opened');
});
