/** What each agency signing the operation off reports. */
export enum OperationResult {
  SUCCESS = 'SUCCESS',
  NO_VICTIM_FOUND = 'NO_VICTIM_FOUND',
}

/**
 * Whether anyone was brought out: one agency reporting success is enough (the other may have held the perimeter
 * and seen nobody); the police then record who was rescued, and zero persons still ends the rescue as not found.
 */
export function victimsFound(results: OperationResult[]): boolean {
  return results.includes(OperationResult.SUCCESS);
}
