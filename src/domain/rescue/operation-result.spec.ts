import { OperationResult, victimsFound } from './operation-result';

describe('victimsFound', () => {
  it('is true when any signing agency reports success', () => {
    expect(victimsFound([OperationResult.SUCCESS, OperationResult.SUCCESS])).toBe(true);
    expect(victimsFound([OperationResult.NO_VICTIM_FOUND, OperationResult.SUCCESS])).toBe(true);
  });

  it('is false when every agency found nobody', () => {
    expect(victimsFound([OperationResult.NO_VICTIM_FOUND, OperationResult.NO_VICTIM_FOUND])).toBe(false);
  });
});
