import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runtimeImports } from '../support/runtime-imports';

const root = join(__dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

/** Where the task projection may be queried by hand: its feature, the read model, and the aggregates over it. */
const READ_TASKS = [
  'src/modules/tasks/',
  'src/modules/records/',
  'src/modules/statistics/',
  'src/modules/metrics/',
  'src/modules/events/',
  'src/modules/cases/case-list.service.ts',
];

describe('the layers of src/', () => {
  it('src/common depends on no feature module', () => {
    const offenders = sources('src/common').flatMap((file) =>
      runtimeImports(readFileSync(join(root, file), 'utf8'))
        .filter((spec) => spec.includes('/modules/'))
        .map((spec) => `${file} → ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('only the tasks feature, the read model and the aggregates query the tasks table', () => {
    const offenders = sources('src/modules')
      .filter((file) => !READ_TASKS.some((allowed) => file.startsWith(allowed)))
      .filter((file) =>
        /\b(FROM|JOIN)\s+tasks\b|getRepository\(TaskEntity\)|InjectRepository\(TaskEntity\)|\(TaskEntity, /.test(
          readFileSync(join(root, file), 'utf8'),
        ),
      );
    expect(offenders).toEqual([]);
  });
});
