import { condition, defineSignal, defineUpdate, setHandler } from '@temporalio/workflow';

/** The baseline's human decision: an update with a validator, answered as soon as the workflow holds the new state. */
export const completeRawUpdate = defineUpdate<number, [number]>('completeRaw');
export const finishRawSignal = defineSignal('finishRaw');

/**
 * The smallest workflow shaped like one of ours: it waits for updates that move its step on, until told to finish.
 * The benchmark starts and updates it with the raw client to measure what the engine itself costs on this server.
 */
export async function rawTaskWorkflow(): Promise<number> {
  let step = 0;
  let finished = false;
  setHandler(completeRawUpdate, (n) => (step += n), {
    validator: (n) => {
      if (n <= 0) throw new Error('not a step');
    },
  });
  setHandler(finishRawSignal, () => void (finished = true));
  await condition(() => finished);
  return step;
}
