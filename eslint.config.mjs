// @ts-check
import { builtinModules } from 'node:module';
import eslint from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Workflow code runs in Temporal's deterministic sandbox and is bundled without Node: anything that does I/O, reads
// the clock or randomness outside the SDK, or pulls in Node built-ins breaks replay or the bundle.
const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));
const workflowImportRestrictions = {
  paths: [
    ...nodeBuiltins.map((name) => ({ name, message: 'Workflows run without Node built-ins: do I/O in an activity.' })),
    { name: 'typeorm', message: 'Workflows must not touch the database: use an activity.' },
    { name: 'pg', message: 'Workflows must not touch the database: use an activity.' },
    ...['client', 'worker', 'activity'].map((pkg) => ({
      name: `@temporalio/${pkg}`,
      message: 'Workflows import only @temporalio/workflow: clients, workers and activities live outside.',
    })),
  ],
  patterns: [
    { group: ['node:*'], message: 'Workflows run without Node built-ins: do I/O in an activity.' },
    { group: ['@nestjs/*'], message: 'Workflows are orchestration only: Nest lives in src/ and activities/.' },
    { group: ['typeorm/*', 'pg/*'], message: 'Workflows must not touch the database: use an activity.' },
    {
      regex: '(^|/)src/(?!domain/)',
      allowTypeImports: true,
      message: 'Workflows import only the pure src/domain/ code (types from elsewhere are fine).',
    },
  ],
};

export default defineConfig(
  { ignores: ['node_modules/', 'dist/', '.data/', '.tools/', '.test-data/', 'coverage/', 'web/dist/', 'web/src/api/schema.d.ts'] },
  eslint.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // A promise nobody awaits loses its error and races the request or activity that started it.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      // Tests and DTO mapping read untyped JSON bodies; `any` there is deliberate.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // The screens: the same type-aware promise rules (a click handler's unawaited request loses its error), and the
    // rules of hooks, whose breakage React reports only at run time, on the path that happens to break them.
    files: ['web/**/*.tsx', 'web/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // A handler may return a promise where React expects nothing: React ignores it, nothing is lost.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['workflows/**/*.ts'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': ['error', workflowImportRestrictions],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: globals.node, sourceType: 'commonjs' },
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
      // `const crypto = require('node:crypto')` deliberately shadows the Web Crypto global.
      'no-redeclare': ['error', { builtinGlobals: false }],
    },
  },
  { files: ['**/*.mjs'], languageOptions: { sourceType: 'module' } },
);
