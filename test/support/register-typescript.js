// `node -r ./test/support/register-typescript.js src/main.worker.ts`: runs the app's TypeScript sources in a child
// process without a build, for tests that start and kill real worker processes. Uses @swc/core, which the Temporal
// worker's bundler already depends on; decorator metadata is kept for Nest's dependency injection.
'use strict';
const fs = require('node:fs');
const { transformSync } = require('@swc/core');

require.extensions['.ts'] = function compileTypeScript(module, filename) {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    sourceMaps: 'inline',
    module: { type: 'commonjs' },
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    },
  });
  module._compile(code, filename);
};
