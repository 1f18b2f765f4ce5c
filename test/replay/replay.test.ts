import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EncryptionCodec } from '../../src/temporal/encryption-codec';
import { TEST_DATA_KEY } from '../support/test-data-key';

const dir = join(__dirname, 'histories');
const codec = new EncryptionCodec(Buffer.from(TEST_DATA_KEY, 'base64'));
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
      { workflowBundle: { codePath: process.env.WORKFLOW_BUNDLE_PATH! }, dataConverter: { payloadCodecs: [codec] } },
      history,
      file.replace(/\.json$/, ''),
    );
  });
});
