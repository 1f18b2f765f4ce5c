#!/usr/bin/env node
// Build step: bundles the compiled workflows once, so the worker starts without webpack and the build fails if
// Node-only code slipped into workflows/ (Temporal's bundler rejects Node built-ins).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { bundleWorkflowCode, DefaultLogger } = require('@temporalio/worker');

const dist = path.join(__dirname, '..', 'dist');
bundleWorkflowCode({
  workflowsPath: path.join(dist, 'workflows', 'index.js'),
  // Refuses messages whose payload the codec could not open (src/temporal/unsealed-payload-interceptors.ts).
  workflowInterceptorModules: [path.join(dist, 'src', 'temporal', 'unsealed-payload-interceptors.js')],
  logger: new DefaultLogger('WARN'),
})
  .then(({ code }) => {
    fs.writeFileSync(path.join(dist, 'workflow-bundle.js'), code);
    console.log(`workflow bundle: dist/workflow-bundle.js (${(code.length / 1024).toFixed(0)} KiB)`);
  })
  .catch((error) => {
    console.error(`workflow bundle failed: ${error.message}`);
    process.exit(1);
  });
