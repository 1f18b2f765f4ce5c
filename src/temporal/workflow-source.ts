import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The workflow interceptor modules every bundle carries (they refuse messages the codec could not open). */
export function workflowInterceptorModules(): string[] {
  const compiled = join(__dirname, 'unsealed-payload-interceptors.js');
  return [existsSync(compiled) ? compiled : join(__dirname, 'unsealed-payload-interceptors.ts')];
}

/**
 * Where the worker gets its workflow code: a prebuilt bundle when one exists (`npm run build` makes dist/workflow-bundle.js,
 * with the interceptors), otherwise the sources, bundled at start-up with the interceptors.
 */
export function workflowSource(): { workflowBundle: { codePath: string } } | { workflowsPath: string; interceptors: { workflowModules: string[] } } {
  const bundle = process.env.WORKFLOW_BUNDLE_PATH ?? join(__dirname, '../../workflow-bundle.js');
  if (existsSync(bundle)) return { workflowBundle: { codePath: bundle } };
  const compiled = join(__dirname, '../../workflows/index.js');
  return {
    workflowsPath: existsSync(compiled) ? compiled : join(__dirname, '../../workflows/index.ts'),
    interceptors: { workflowModules: workflowInterceptorModules() },
  };
}
