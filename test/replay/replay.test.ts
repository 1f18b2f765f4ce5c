import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(__dirname, 'histories');
const histories = readdirSync(dir).filter((f) => f.endsWith('.json'));

/** Today's workflow code must replay every recorded history without nondeterminism: running cases stay safe. */
describe('replay of recorded workflow histories', () => {
  beforeAll(() => Runtime.install({ logger: new DefaultLogger('WARN') }));

  it('has recorded histories to replay', () => {
    expect(histories.length).toBeGreaterThan(0);
  });

  it.each(histories)('%s replays deterministically', async (file) => {
    const history = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    await Worker.runReplayHistory(
      { workflowBundle: { codePath: process.env.WORKFLOW_BUNDLE_PATH! } },
      history,
      file.replace(/\.json$/, ''),
    );
  });
});
