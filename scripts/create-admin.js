'use strict';
// `npm run create-admin -- --username <name> [--agency <code>]`: creates the first administrator in the database that
// `npm start` runs (same defaults: .data/pg-password, DEV_PG_PORT or 5433), or in DATABASE_URL when it is set.
// Needs no rebuild: it compiles the server code only when dist/ has none (scripts/run-compiled.js).
const { runCompiled } = require('./run-compiled');

runCompiled('create-admin', 'src/database/create-admin.js');
