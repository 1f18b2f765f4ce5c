import { bundleWorkflowCode, DefaultLogger } from '@temporalio/worker';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { runtimeImports } from '../support/runtime-imports';

const ALLOWED_PACKAGES = ['@temporalio/workflow', '@temporalio/common'];
const root = join(__dirname, '../..');

/** Every file the workflow bundle reaches from workflows/index.ts, and the packages they import. */
function reachable(entry: string): { files: string[]; packages: Map<string, string> } {
  const files: string[] = [];
  const packages = new Map<string, string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (files.includes(file)) continue;
    files.push(file);
    for (const spec of runtimeImports(readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.')) {
        packages.set(spec, file);
        continue;
      }
      const base = resolve(dirname(file), spec);
      const target = [`${base}.ts`, join(base, 'index.ts')].find(existsSync);
      if (!target) throw new Error(`${file} imports ${spec}, which does not resolve to a .ts file`);
      queue.push(target);
    }
  }
  return { files, packages };
}

describe('the workflow bundle', () => {
  it('imports nothing but the workflow SDK and pure code', () => {
    const { files, packages } = reachable(join(root, 'workflows/index.ts'));
    const offenders = [...packages]
      .filter(([spec]) => !ALLOWED_PACKAGES.includes(spec))
      .map(([spec, file]) => `${file.replace(root, '.')} → ${spec}`);
    expect(offenders).toEqual([]);
    // Only workflows/ and the pure domain may be reached.
    expect(files.map((f) => f.replace(`${root}/`, '')).filter((f) => !f.startsWith('workflows/') && !f.startsWith('src/domain/'))).toEqual([]);
  });

  it('the import scanner catches Node-only code and ignores type-only imports', () => {
    expect(
      runtimeImports(`import { readFileSync } from 'fs';\nimport type { X } from 'typeorm';\nimport * as pg from "pg";\nexport { y } from './y';`),
    ).toEqual(['fs', 'pg', './y']);
  });

  it('bundles with the Temporal bundler, which rejects Node built-ins', async () => {
    const { code } = await bundleWorkflowCode({ workflowsPath: join(root, 'workflows/index.ts'), logger: new DefaultLogger('WARN') });
    expect(code).toContain('tipVerificationWorkflow');
    expect(code).not.toMatch(/require\(["'](typeorm|pg|@nestjs\/core)["']\)/);
  });
});
