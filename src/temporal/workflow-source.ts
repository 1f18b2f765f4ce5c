import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where the worker gets its workflow code: a prebuilt bundle when one exists (`npm run build` makes dist/workflow-bundle.js),
 * otherwise the sources, bundled at start-up.
 */
export function workflowSource(): { workflowBundle: { codePath: string } } | { workflowsPath: string } {
  const bundle = process.env.WORKFLOW_BUNDLE_PATH ?? join(__dirname, '../../workflow-bundle.js');
  if (existsSync(bundle)) return { workflowBundle: { codePath: bundle } };
  const compiled = join(__dirname, '../../workflows/index.js');
  return { workflowsPath: existsSync(compiled) ? compiled : join(__dirname, '../../workflows/index.ts') };
}
